import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { tariffs } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { findTariff } from "./find-tariff";
import type { tariffDeleteSchema } from "./tariff-schema";

/**
 * The cross on the tariffs list: the tariff is archived, not removed — issued invoices and ledger entries keep
 * pointing at it, and new invoices no longer offer it.
 */
export async function deleteTariff(ctx: StaffContext, { id }: z.output<typeof tariffDeleteSchema>) {
  assertPermission(ctx, "finance.tariffs.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await findTariff(tx, ctx, id, { lock: true });
    const [after] = await tx.update(tariffs).set({ archivedAt: sql`now()` }).where(eq(tariffs.id, id)).returning();
    await writeAudit(tx, ctx, { action: "tariff.archived", entityType: "tariff", entityId: id, before, after });
    return { id, buildingId: before.buildingId };
  });
}
