import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meterEvents, meterReadings, meters, personalAccounts, premises, type MeterResource, type MeterZone, type ReadingSource } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { meterZones, serialKey } from "@/lib/meters/meter-vocabulary";
import { demoRandom } from "./demo-people";
import { insertAll } from "./demo-registry";

type MeterRow = typeof meters.$inferInsert & { id: string; buildingId: string; premiseId: string | null };
type ReadingRow = typeof meterReadings.$inferInsert;

const MONTHS = 12;

/** Monthly consumption of a typical flat, in thousandths: a few cubic metres of water, a few hundred kWh. */
const usage: Record<MeterResource | "night", [number, number]> = {
  cold_water: [3_000, 6_000],
  hot_water: [1_800, 3_800],
  electricity: [110_000, 190_000],
  night: [40_000, 80_000],
  heating: [0, 0],
  gas: [8_000, 15_000],
};

const flatMeters: { resource: MeterResource; zones: number; prefix: string; model: string; place: string; digits: number; interval: number }[] = [
  { resource: "cold_water", zones: 1, prefix: "ХВ", model: "СВК-15Х", place: "Санузел", digits: 5, interval: 6 },
  { resource: "hot_water", zones: 1, prefix: "ГВ", model: "СВК-15Г", place: "Санузел", digits: 5, interval: 4 },
  { resource: "electricity", zones: 2, prefix: "Э", model: "Меркурий 201.8", place: "Щиток на площадке", digits: 6, interval: 16 },
];

function lastPeriods(today: string, count: number): string[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const periods: string[] = [];
  for (let i = 0; i < count; i++) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
    periods.unshift(`${year}-${String(month).padStart(2, "0")}`);
  }
  return periods;
}


/**
 * Meters of the demo: ХВС, ГВС and two-zone electricity in every flat, a heat meter (ОДПУ) per building, twelve
 * months of readings up to last month from residents, staff and the inspector — with a few flats that skipped months,
 * one meter past its verification date and one replaced four months ago — so every meter screen has something real
 * to show, and the demo resident's flat waits for this month's readings.
 */
export async function seedDemoMeters(db: Db, orgId: string, buildingIds: readonly string[], timezone: string): Promise<void> {
  const random = demoRandom(20261201);
  const today = todayIn(timezone);
  const periods = lastPeriods(today, MONTHS);
  const firstPeriod = periods[0]!;
  const flats = await db
    .select({ id: premises.id, buildingId: premises.buildingId, number: premises.number, accountId: personalAccounts.id, hidden: personalAccounts.hiddenInCabinet })
    .from(premises)
    .leftJoin(personalAccounts, eq(personalAccounts.premiseId, premises.id))
    .where(and(eq(premises.orgId, orgId), eq(premises.type, "flat")));
  const accountOf = new Map<string, string>();
  for (const f of flats) if (f.accountId && !f.hidden && !accountOf.has(f.id)) accountOf.set(f.id, f.accountId);
  const uniqueFlats = [...new Map(flats.map((f) => [f.id, f])).values()];

  const meterRows: MeterRow[] = [];
  const readings: ReadingRow[] = [];
  const events: (typeof meterEvents.$inferInsert)[] = [];
  const author = (source: ReadingSource) =>
    source === "resident" ? { authorType: "resident", authorName: "Житель" } : source === "inspector" ? { authorType: "employee", authorName: "Инспекторова И. (обход)" } : { authorType: "employee", authorName: "Бухова Белла" };
  const addMeter = (row: Omit<MeterRow, "id" | "orgId" | "serialKey">): MeterRow => {
    const meter = { ...row, id: randomUUID(), orgId, serialKey: serialKey(row.serialNumber) };
    meterRows.push(meter);
    return meter;
  };
  /** Readings of `meter` over `span`, growing by a random month's usage, with the initial reading before them. */
  const readMonths = (meter: MeterRow, zones: MeterZone[], span: readonly string[], start: Record<string, number>, skip: (p: string) => boolean) => {
    const value = { ...start };
    for (const zone of zones) {
      readings.push({ orgId, meterId: meter.id, zone, period: span[0]!, kind: "initial", valueMilli: BigInt(value[zone]!), source: "staff", ...author("staff"), takenAt: new Date(`${span[0]}-01T09:00:00Z`) });
    }
    for (const period of span) {
      const source: ReadingSource = random.chance(0.6) ? "resident" : random.chance(0.5) ? "inspector" : "staff";
      for (const zone of zones) {
        const [low, high] = usage[zone === "night" ? "night" : meter.resource];
        value[zone]! += low + Math.floor(random.next() * (high - low));
      }
      if (skip(period)) continue;
      const takenAt = new Date(`${period}-${String(15 + Math.floor(random.next() * 10))}T10:00:00Z`);
      for (const zone of zones) {
        const id = randomUUID();
        readings.push({ id, orgId, meterId: meter.id, zone, period, kind: "regular", valueMilli: BigInt(value[zone]!), source, ...author(source), takenAt });
        if (period === periods[MONTHS - 1]) {
          events.push({ orgId, meterId: meter.id, readingId: id, buildingId: meter.buildingId, premiseId: meter.premiseId, action: "meter_reading.submitted", source, period, actorType: author(source).authorType, actorName: author(source).authorName, after: { zone, value: String(value[zone]) }, createdAt: takenAt });
        }
      }
    }
    return value;
  };

  uniqueFlats.forEach((flat, index) => {
    // Every 17th flat skipped two months in the middle; every 29th stopped reading three months ago.
    const skip = (p: string) => (index % 17 === 5 && (p === periods[5] || p === periods[6])) || (index % 29 === 7 && p >= periods[MONTHS - 3]!);
    for (const kind of flatMeters) {
      const zones = meterZones(kind.zones);
      const manufactured = `${Number(firstPeriod.slice(0, 4)) - 1}-0${1 + (index % 9)}-10`;
      const expired = index === 3 && kind.resource === "hot_water";
      const meter = addMeter({
        buildingId: flat.buildingId,
        premiseId: flat.id,
        accountId: accountOf.get(flat.id) ?? null,
        resource: kind.resource,
        zones: kind.zones,
        serialNumber: `${kind.prefix}-${String(100_000 + index * 3 + flatMeters.indexOf(kind))}`,
        model: kind.model,
        place: kind.place,
        installedOn: `${firstPeriod}-01`,
        manufacturedOn: manufactured,
        verificationIntervalYears: kind.interval,
        nextVerificationOn: expired ? `${periods[MONTHS - 2]}-10` : `${Number(manufactured.slice(0, 4)) + kind.interval}${manufactured.slice(4)}`,
        digits: kind.digits,
        sealNumber: `П-${String(500_000 + index * 3 + flatMeters.indexOf(kind))}`,
        statusSince: `${firstPeriod}-01`,
      });
      const start = Object.fromEntries(zones.map((z) => [z, 10_000 + Math.floor(random.next() * 900_000)]));
      const replaced = index === 10 && kind.resource === "cold_water";
      if (!replaced) {
        readMonths(meter, zones, periods, start, (p) => skip(p) || (expired && p >= periods[MONTHS - 1]!));
        continue;
      }
      // Flat 11's cold-water meter was replaced four months ago: the old one closes with its final reading.
      const cut = MONTHS - 4;
      const closedOn = `${periods[cut]}-12`;
      const end = readMonths(meter, zones, periods.slice(0, cut), start, skip);
      Object.assign(meter, { status: "decommissioned", statusSince: closedOn, decommissionedOn: closedOn });
      readings.push({ orgId, meterId: meter.id, zone: "single", period: periods[cut]!, kind: "final", valueMilli: BigInt(end.single! + 1_200), source: "staff", ...author("staff"), takenAt: new Date(`${closedOn}T11:00:00Z`) });
      const successor = addMeter({ ...meter, serialNumber: `${kind.prefix}-9${String(index).padStart(5, "0")}`, status: "working", statusSince: closedOn, decommissionedOn: null, installedOn: closedOn, manufacturedOn: `${periods[cut]!.slice(0, 4)}-01-15`, nextVerificationOn: `${Number(periods[cut]!.slice(0, 4)) + 6}-01-15`, replacesMeterId: meter.id });
      readMonths(successor, zones, periods.slice(cut), { single: 0 }, skip);
    }
  });
  buildingIds.forEach((buildingId, b) => {
    const meter = addMeter({ buildingId, premiseId: null, accountId: null, resource: "heating", zones: 1, serialNumber: `ТС-${7_000 + b}`, model: "ВКТ-7", place: "Тепловой узел", installedOn: `${firstPeriod}-01`, digits: 7, statusSince: `${firstPeriod}-01` });
    const value = 100_000_000 + b * 5_000_000;
    readings.push({ orgId, meterId: meter.id, zone: "single", period: firstPeriod, kind: "initial", valueMilli: BigInt(value), source: "staff", ...author("staff"), takenAt: new Date(`${firstPeriod}-01T09:00:00Z`) });
    let total = value;
    for (const period of periods) {
      // Heat follows the season: ten times as much in January as in July.
      const month = Number(period.slice(5, 7));
      total += Math.round(20_000 + 180_000 * Math.max(0, Math.cos(((month - 1) / 12) * 2 * Math.PI)));
      readings.push({ orgId, meterId: meter.id, zone: "single", period, kind: "regular", valueMilli: BigInt(total), source: "staff", ...author("staff"), takenAt: new Date(`${period}-25T10:00:00Z`) });
    }
  });

  await insertAll(db, meters, meterRows);
  await insertAll(db, meterReadings, readings);
  await insertAll(db, meterEvents, events);
}
