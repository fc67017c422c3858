import { and, eq, isNull } from "drizzle-orm";
import { premises, premiseTypes, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { assertBuildingVisible } from "@/lib/org/building-scope";

export type BuildingPremise = { id: string; type: PremiseType; number: string; entrance: string | null; floor: string | null };
/** One type of premise in a building: how many, and the premises by entrance («» for those without one). */
export type PremiseGroup = { type: PremiseType; count: number; byEntrance: { entrance: string; premises: BuildingPremise[] }[] };

const entranceOrder = (a: string, b: string) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "ru", { numeric: true }));

/**
 * The building card's «Помещения»: its active premises grouped by type (flats, then parking, then storerooms — the
 * order of the catalogue) and within a type by entrance, numbers in natural order (the stored sort key).
 */
export async function listBuildingPremises(ctx: StaffContext, buildingId: string): Promise<{ total: number; groups: PremiseGroup[] }> {
  assertPermission(ctx, "registry.premises.view");
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  const rows = await ctx.db
    .select({ id: premises.id, type: premises.type, number: premises.number, entrance: premises.entrance, floor: premises.floor })
    .from(premises)
    .where(and(eq(premises.orgId, ctx.orgId), eq(premises.buildingId, buildingId), isNull(premises.archivedAt)))
    .orderBy(premises.sortKey, premises.id);
  const groups: PremiseGroup[] = [];
  for (const type of premiseTypes) {
    const ofType = rows.filter((r) => r.type === type);
    if (!ofType.length) continue;
    const entrances = [...new Set(ofType.map((r) => r.entrance ?? ""))].sort(entranceOrder);
    groups.push({
      type,
      count: ofType.length,
      byEntrance: entrances.map((entrance) => ({ entrance, premises: ofType.filter((r) => (r.entrance ?? "") === entrance) })),
    });
  }
  return { total: rows.length, groups };
}
