import { and, asc, eq, isNull } from "drizzle-orm";
import { premises } from "@/db/schema";
import { assertPermission, hasPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { assertBuildingVisible } from "@/lib/org/building-scope";
import { premiseNumberLabel } from "@/lib/registry/premise-address";
import { loadMeterReadings, premiseDone } from "./premise-meter-readings";
import { meterViews, type MeterView } from "./premise-meter-view";

export type RoundFlat = { id: string; label: string; entrance: string; floor: string | null; done: boolean; meters: MeterView[] };
export type InspectionRound = { buildingId: string; period: string; closed: string | null; flats: RoundFlat[] };

/**
 * «Обход квартир»: every premise of a building that has meters, in address order, each with its meters and whether
 * this period's readings are all in. Loaded whole when the inspector picks the building, so the round goes on from
 * the phone's memory when the network drops on the staircase.
 */
export async function inspectionRound(ctx: StaffContext, buildingId: string, now = new Date()): Promise<InspectionRound> {
  assertPermission(ctx, "finance.readings.enter");
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  const [list, readings] = await Promise.all([
    ctx.db
      .select({ id: premises.id, type: premises.type, number: premises.number, entrance: premises.entrance, floor: premises.floor })
      .from(premises)
      .where(and(eq(premises.orgId, ctx.orgId), eq(premises.buildingId, buildingId), isNull(premises.archivedAt)))
      .orderBy(asc(premises.sortKey), asc(premises.id)),
    loadMeterReadings(ctx.db, ctx.orgId, buildingId, "all", { outOfPeriod: hasPermission(ctx, "finance.readings.out_of_period"), timezone: ctx.timezone, now }),
  ]);
  const flats = list.flatMap((p) => {
    const meters = readings.byPremise.get(p.id);
    if (!meters) return [];
    return [{ id: p.id, label: premiseNumberLabel(p.type, p.number), entrance: p.entrance ?? "", floor: p.floor, done: premiseDone(meters), meters: meterViews(meters, ctx.timezone) }];
  });
  return { buildingId, period: readings.period, closed: readings.closed, flats };
}
