import { and, asc, eq, isNull } from "drizzle-orm";
import { legalEntities } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** Active legal entities as choices for a select. */
export async function legalEntityOptions(ctx: StaffContext) {
  return ctx.db
    .select({ value: legalEntities.id, label: legalEntities.name })
    .from(legalEntities)
    .where(and(eq(legalEntities.orgId, ctx.orgId), isNull(legalEntities.archivedAt)))
    .orderBy(asc(legalEntities.name));
}
