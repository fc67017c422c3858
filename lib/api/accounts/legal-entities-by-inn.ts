import { and, eq, inArray, isNull } from "drizzle-orm";
import { legalEntities } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** The organisation's active legal entities by ИНН (unique within an organisation). */
export async function legalEntitiesByInn(ctx: StaffContext, inns: string[]): Promise<Map<string, string>> {
  if (inns.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: legalEntities.id, inn: legalEntities.inn })
    .from(legalEntities)
    .where(and(eq(legalEntities.orgId, ctx.orgId), isNull(legalEntities.archivedAt), inArray(legalEntities.inn, [...new Set(inns)])));
  return new Map(rows.map((r) => [r.inn, r.id]));
}
