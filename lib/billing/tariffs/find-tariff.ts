import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tariffs } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertBuildingInScope } from "@/lib/org/building-scope";

/**
 * An active tariff of the organisation (else «не найден», whether it is another organisation's or archived) in a
 * building the employee works with (else 403). `lock` for the services that change it.
 */
export async function findTariff(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string, { lock = false } = {}) {
  const query = db
    .select()
    .from(tariffs)
    .where(and(eq(tariffs.id, id), eq(tariffs.orgId, ctx.orgId), isNull(tariffs.archivedAt)));
  const [tariff] = lock ? await query.for("update") : await query;
  if (!tariff) throw notFound("Тариф");
  assertBuildingInScope(ctx, tariff.buildingId);
  return tariff;
}
