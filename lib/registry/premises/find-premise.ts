import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { premiseArchived, premiseNotFound } from "./premise-errors";

type Options = { lock?: boolean; active?: boolean };

/**
 * A premise of the caller's organisation inside their building scope, or «Помещение не найдено» — the same answer
 * for another organisation's id, so ids cannot be probed. `lock` takes a row lock; `active` refuses an archived one.
 */
export async function findPremise(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string, { lock, active }: Options = {}) {
  const query = db
    .select()
    .from(premises)
    .where(and(eq(premises.id, id), eq(premises.orgId, ctx.orgId), buildingScope(ctx, premises.buildingId)))
    .$dynamic();
  const [row] = await (lock ? query.for("update") : query);
  if (!row) throw premiseNotFound();
  if (active && row.archivedAt) throw premiseArchived();
  return row;
}
