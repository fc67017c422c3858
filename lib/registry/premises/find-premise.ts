import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";
import { premiseArchived, premiseNotFound } from "./premise-errors";

type Options = { lock?: boolean; active?: boolean };

/**
 * A premise of the caller's organisation inside their building scope: «Помещение не найдено» for another
 * organisation's id (ids cannot be probed), 403 for a premise in a building outside the employee's scope. `lock` takes a row lock; `active` refuses an archived one.
 */
export async function findPremise(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string, { lock, active }: Options = {}) {
  const query = db
    .select({ premise: premises, inScope: inScope(buildingScope(ctx, premises.buildingId)) })
    .from(premises)
    .where(and(eq(premises.id, id), eq(premises.orgId, ctx.orgId)))
    .$dynamic();
  const [row] = await (lock ? query.for("update") : query);
  if (!row) throw premiseNotFound();
  if (!row.inScope) throw outOfScope();
  if (active && row.premise.archivedAt) throw premiseArchived();
  return row.premise;
}
