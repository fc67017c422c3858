import { and, asc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meters, type MeterResource, type MeterStatus, type MeterZone, type ReadingSource } from "@/db/schema";
import { assertPermission, hasPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { decidePeriod } from "./collection-window";
import { meterZones } from "./meter-vocabulary";
import { collectionWindows, previousReading, readingHistory, readingKey } from "./reading-history";
import { effectiveStatus, statusRefusal } from "./reading-rules";

export type ZoneReading = {
  zone: MeterZone;
  /** What a new reading of `period` is compared with: the latest reading before it (the initial one counts). */
  previous: { value: bigint; period: string; takenAt: Date; source: ReadingSource } | null;
  /** The reading already given for `period`, if any (a new one replaces it for those who may). */
  current: { value: bigint; takenAt: Date; source: ReadingSource } | null;
};

export type PremiseMeter = {
  id: string;
  resource: MeterResource;
  serialNumber: string;
  model: string | null;
  place: string | null;
  status: MeterStatus;
  /** Why the meter takes no reading now (faulty, verification expired); null when it does. */
  refusal: string | null;
  zones: ZoneReading[];
};

export type PremiseMeterReadings = {
  /** The billing month a reading taken now counts in; when the window refuses, this month (nothing can be saved). */
  period: string;
  /** Null when readings are accepted now; else the window's refusal, said once above the meters. */
  closed: string | null;
  meters: PremiseMeter[];
};

/** Water first, as the meters hang in a flat and as residents read them out: ХВС, ГВС, then electricity, heat, gas. */
const resourceOrder = sql`case ${meters.resource} when 'cold_water' then 0 when 'hot_water' then 1 when 'electricity' then 2 when 'heating' then 3 else 4 end`;

type Options = { outOfPeriod: boolean; timezone: string; now?: Date };

/** A building's readings situation: the period and, by premise id, its meters (premises without meters are absent). */
export type BuildingMeterReadings = Omit<PremiseMeterReadings, "meters"> & { byPremise: Map<string, PremiseMeter[]> };

/**
 * The meters of a building's premises (all of them, or the given ones): not decommissioned, in a stable order, with
 * per zone the previous reading and this period's reading. Org and building are the caller's to have checked: the
 * staff entry screen, the inspector's round, the resident cabinet and the premise card's meters tab all read the same
 * facts through here.
 */
export async function loadMeterReadings(db: Db, orgId: string, buildingId: string, premiseIds: readonly string[] | "all", { outOfPeriod, timezone, now = new Date() }: Options): Promise<BuildingMeterReadings> {
  const rows =
    premiseIds !== "all" && !premiseIds.length
      ? []
      : await db
          .select()
          .from(meters)
          .where(
            and(
              eq(meters.orgId, orgId),
              eq(meters.buildingId, buildingId),
              premiseIds === "all" ? isNotNull(meters.premiseId) : inArray(meters.premiseId, [...premiseIds]),
              ne(meters.status, "decommissioned"),
            ),
          )
          .orderBy(resourceOrder, asc(meters.serialNumber), asc(meters.id));
  const [history, windows] = await Promise.all([
    readingHistory(db, orgId, rows.map((m) => m.id)),
    collectionWindows(db, orgId, [buildingId]),
  ]);
  const window = windows.get(buildingId);
  const decision = window ? decidePeriod(window, now, timezone, outOfPeriod) : null;
  const today = todayIn(timezone, now);
  const period = decision?.accepted ? decision.period : today.slice(0, 7);
  const byPremise = new Map<string, PremiseMeter[]>();
  for (const m of rows) {
    const meter: PremiseMeter = {
      id: m.id,
      resource: m.resource,
      serialNumber: m.serialNumber,
      model: m.model,
      place: m.place,
      status: effectiveStatus(m, today),
      refusal: statusRefusal(m, today),
      zones: meterZones(m.zones).map((zone) => {
        const zoneHistory = history.get(readingKey(m.id, zone));
        const previous = previousReading(zoneHistory, period);
        const current = zoneHistory?.find((r) => r.period === period && r.kind === "regular");
        return {
          zone,
          previous: previous && { value: previous.value, period: previous.period, takenAt: previous.takenAt, source: previous.source },
          current: current ? { value: current.value, takenAt: current.takenAt, source: current.source } : null,
        };
      }),
    };
    const premiseId = m.premiseId!;
    const list = byPremise.get(premiseId);
    if (list) list.push(meter);
    else byPremise.set(premiseId, [meter]);
  }
  return { period, closed: decision?.accepted ? null : (decision?.message ?? "Объект не найден"), byPremise };
}

/** One premise's meters: what a resident or an employee sees before entering this month's readings. */
export async function loadPremiseMeterReadings(db: Db, orgId: string, premise: { id: string; buildingId: string }, options: Options): Promise<PremiseMeterReadings> {
  const { byPremise, ...rest } = await loadMeterReadings(db, orgId, premise.buildingId, [premise.id], options);
  return { ...rest, meters: byPremise.get(premise.id) ?? [] };
}

/** Whether every zone of every meter that takes readings already has this period's reading (the inspector's «сделано»). */
export const premiseDone = (list: readonly PremiseMeter[]) => {
  const open = list.filter((m) => !m.refusal);
  return open.length > 0 && open.every((m) => m.zones.every((z) => z.current));
};

/** Staff scope: a premise of the employee's organisation and buildings, read with «Показания приборов учёта». */
export async function premiseMeterReadings(ctx: StaffContext, premiseId: string, now = new Date()): Promise<PremiseMeterReadings> {
  assertPermission(ctx, "finance.readings.view");
  const premise = await findPremise(ctx.db, ctx, premiseId);
  return loadPremiseMeterReadings(ctx.db, ctx.orgId, premise, { outOfPeriod: hasPermission(ctx, "finance.readings.out_of_period"), timezone: ctx.timezone, now });
}
