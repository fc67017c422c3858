import { and, asc, eq, gte, isNull, ne, or } from "drizzle-orm";
import type { MeterResource, MeterStatus, MeterZone } from "@/db/schema";
import { meters, organisations, premises } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { decidePeriod, windowStatus, windowText, type WindowStatus } from "@/lib/meters/collection-window";
import { consumptionChart, lastPeriods, type ChartBar } from "@/lib/meters/consumption-chart";
import { meterZones, resourceLabels, resourceUnits, zoneLabels } from "@/lib/meters/meter-vocabulary";
import { collectionWindows, previousReading, readingHistory, readingKey, type StoredReading } from "@/lib/meters/reading-history";
import { effectiveStatus, statusRefusal } from "@/lib/meters/reading-rules";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { premiseNotFound } from "@/lib/registry/premises/premise-errors";
import type { ResidentContext } from "../resident-context";
import { findMyPremiseLink } from "../premises/my-premise-link";

export type MyMeterZone = {
  zone: MeterZone;
  label: string;
  /** The latest reading before the period a reading sent now counts in: what the new one is compared with. */
  previous: { value: bigint; period: string; takenAt: Date } | null;
  /** Already accepted for that period (the resident may still correct their own). */
  current: { value: bigint; takenAt: Date; byResident: boolean } | null;
  chart: ChartBar[] | null;
};

export type MyMeter = {
  id: string;
  resource: MeterResource;
  resourceLabel: string;
  unit: string;
  serialNumber: string;
  place: string | null;
  status: MeterStatus;
  /** Why no reading is taken (faulty, verification expired, decommissioned); null for a working meter. */
  refusal: string | null;
  nextVerificationOn: string | null;
  zones: MyMeterZone[];
};

export type MyMeters = {
  premiseId: string;
  address: string;
  timezone: string;
  /** This month in the organisation's time zone: a booking to a later one means the window has closed. */
  currentPeriod: string;
  windowText: string;
  window: WindowStatus;
  /** The period a reading sent now counts in, or why none is accepted now. */
  booking: { accepted: true; period: string; inWindow: boolean } | { accepted: false; message: string };
  chartPeriods: string[];
  meters: MyMeter[];
};

const CHART_MONTHS = 12;

/**
 * «Показания счётчиков» of one of the resident's premises: the collection window and its countdown, each meter with
 * its previous reading and a year of monthly consumption. A premise that is not the resident's is «не найдено».
 * Meters taken out of service within the chart's year stay listed (with the reason) so their history is not lost.
 */
export async function listMyMeters(ctx: ResidentContext, premiseId: string, now = new Date()): Promise<MyMeters> {
  const mine = await findMyPremiseLink(ctx, premiseId);
  const orgId = mine.premise.orgId;
  const [place] = await ctx.db
    .select({ buildingId: premises.buildingId, timezone: organisations.timezone })
    .from(premises)
    .innerJoin(organisations, eq(organisations.id, premises.orgId))
    .where(and(eq(premises.id, premiseId), eq(premises.orgId, orgId)));
  if (!place) throw premiseNotFound();
  const timezone = place.timezone;
  const today = todayIn(timezone, now);
  const chartPeriods = lastPeriods(today.slice(0, 7), CHART_MONTHS);
  const rows = await ctx.db
    .select()
    .from(meters)
    .where(
      and(
        eq(meters.orgId, orgId),
        eq(meters.premiseId, premiseId),
        or(ne(meters.status, "decommissioned"), isNull(meters.decommissionedOn), gte(meters.decommissionedOn, `${chartPeriods[0]}-01`)),
      ),
    )
    .orderBy(asc(meters.resource), asc(meters.serialNumber));
  const window = (await collectionWindows(ctx.db, orgId, [place.buildingId])).get(place.buildingId);
  if (!window) throw premiseNotFound();
  const booking = decidePeriod(window, now, timezone, false);
  const history = await readingHistory(ctx.db, orgId, rows.map((m) => m.id));
  const target = booking.accepted ? booking.period : today.slice(0, 7);

  const list = rows.map((m): MyMeter => {
    const status = effectiveStatus(m, today);
    const zones = meterZones(m.zones).map((zone): MyMeterZone => {
      const readings = history.get(readingKey(m.id, zone)) ?? [];
      const previous = previousReading(readings, target);
      const current = readings.find((r) => r.period === target && r.kind === "regular");
      return {
        zone,
        label: zoneLabels[zone],
        previous: previous && shown(previous),
        current: current ? { value: current.value, takenAt: current.takenAt, byResident: current.source === "resident" } : null,
        chart: consumptionChart(m, zone, readings, chartPeriods),
      };
    });
    return {
      id: m.id,
      resource: m.resource,
      resourceLabel: resourceLabels[m.resource],
      unit: resourceUnits[m.resource],
      serialNumber: m.serialNumber,
      place: m.place,
      status,
      refusal: statusRefusal(m, today),
      nextVerificationOn: m.nextVerificationOn,
      zones,
    };
  });
  // Working meters first: they are what the resident came to read.
  list.sort((a, b) => Number(a.refusal !== null) - Number(b.refusal !== null));
  return {
    premiseId,
    address: formatPremiseAddress(mine.buildingAddress, mine.premise),
    timezone,
    currentPeriod: today.slice(0, 7),
    windowText: windowText(window),
    window: windowStatus(window, now, timezone),
    booking,
    chartPeriods,
    meters: list,
  };
}

const shown = (r: StoredReading) => ({ value: r.value, period: r.period, takenAt: r.takenAt });
