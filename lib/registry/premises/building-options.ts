import { and, asc, eq, isNull } from "drizzle-orm";
import { buildings } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";

/** Active buildings the employee may place premises in, as select choices. */
export async function buildingOptions(ctx: StaffContext) {
  return ctx.db
    .select({ value: buildings.id, label: buildings.address })
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), isNull(buildings.archivedAt), buildingScope(ctx, buildings.id)))
    .orderBy(asc(buildings.address));
}
