import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings, meterReadings, organisations, type MeterZone, type ReadingKind, type ReadingSource } from "@/db/schema";
import type { CollectionWindow } from "./collection-window";
import type { PriorReading } from "./reading-rules";

export type StoredReading = PriorReading & { id: string; kind: ReadingKind; source: ReadingSource; takenAt: Date };

export const readingKey = (meterId: string, zone: MeterZone) => `${meterId}:${zone}`;

/**
 * Every reading of these meters, oldest period first, by meter and zone. An interactive submission touches a
 * premise's few meters (a handful of rows each year), so all of their history is cheap and exact.
 */
export async function readingHistory(db: Db, orgId: string, meterIds: readonly string[]): Promise<Map<string, StoredReading[]>> {
  const history = new Map<string, StoredReading[]>();
  if (!meterIds.length) return history;
  const rows = await db
    .select({ id: meterReadings.id, meterId: meterReadings.meterId, zone: meterReadings.zone, period: meterReadings.period, kind: meterReadings.kind, value: meterReadings.valueMilli, source: meterReadings.source, takenAt: meterReadings.takenAt })
    .from(meterReadings)
    .where(and(eq(meterReadings.orgId, orgId), inArray(meterReadings.meterId, [...meterIds])))
    .orderBy(asc(meterReadings.period), asc(meterReadings.takenAt));
  for (const { meterId, zone, ...reading } of rows) {
    const key = readingKey(meterId, zone);
    let list = history.get(key);
    if (!list) history.set(key, (list = []));
    list.push(reading);
  }
  return history;
}

const kindOrder: Record<ReadingKind, number> = { initial: 0, regular: 1, final: 2 };

/** What a new regular reading for `period` is compared with: the latest one before it (the same period's initial counts). */
export function previousReading(history: readonly StoredReading[] | undefined, period: string): StoredReading | null {
  let previous: StoredReading | null = null;
  for (const r of history ?? []) {
    const before = r.period < period || (r.period === period && kindOrder[r.kind] < kindOrder.regular);
    if (before) previous = r;
  }
  return previous;
}

/** The collection window of each building: its own days where set, else the organisation's. */
export async function collectionWindows(db: Db, orgId: string, buildingIds: readonly string[]): Promise<Map<string, CollectionWindow>> {
  const rows = await db
    .select({
      id: buildings.id,
      start: buildings.meterWindowStartDay,
      end: buildings.meterWindowEndDay,
      orgStart: organisations.meterWindowStartDay,
      orgEnd: organisations.meterWindowEndDay,
      late: organisations.meterLateReadings,
    })
    .from(buildings)
    .innerJoin(organisations, eq(organisations.id, buildings.orgId))
    .where(and(eq(buildings.orgId, orgId), inArray(buildings.id, [...new Set(buildingIds)])));
  return new Map(rows.map((r) => [r.id, { startDay: r.start ?? r.orgStart, endDay: r.end ?? r.orgEnd, late: r.late }]));
}
