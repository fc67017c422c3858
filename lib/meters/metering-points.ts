import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meterReadings, meters, type MeterResource } from "@/db/schema";
import { meterZones } from "./meter-vocabulary";
import type { Meter, MeteringPoint, MeterReading } from "./volumes";

export type LoadedPoint = {
  /** The premise, or null for a building's common-house meters. */
  premiseId: string | null;
  buildingId: string;
  resource: MeterResource;
  point: MeteringPoint;
  readings: MeterReading[];
};

type MeterRow = typeof meters.$inferSelect;

/** The date the meter stopped counting for billing: failed or decommissioned from its status date, expired from its verification date. */
function unusableFrom(meter: MeterRow): string | undefined {
  if (meter.status === "faulty" || meter.status === "verification_expired") return meter.statusSince ?? meter.nextVerificationOn ?? undefined;
  if (meter.nextVerificationOn && meter.status !== "decommissioned") return meter.nextVerificationOn;
  return undefined;
}

/**
 * The metering points of premises (or of buildings' common property, `premiseIds` null) as the volume rules need
 * them: each resource and zone with its chain of meters in installation order, each meter's initial and final
 * reading, and the regular readings by period. What volumes.ts computes from this is what billing charges.
 */
export async function loadMeteringPoints(db: Db, orgId: string, where: { premiseIds: readonly string[] } | { buildingIds: readonly string[] }): Promise<LoadedPoint[]> {
  const placement = "premiseIds" in where ? inArray(meters.premiseId, [...where.premiseIds]) : and(inArray(meters.buildingId, [...where.buildingIds]), isNull(meters.premiseId));
  const rows = await db.select().from(meters).where(and(eq(meters.orgId, orgId), placement)).orderBy(asc(meters.installedOn), asc(meters.createdAt));
  if (!rows.length) return [];
  const readings = await db
    .select({ meterId: meterReadings.meterId, zone: meterReadings.zone, period: meterReadings.period, kind: meterReadings.kind, value: meterReadings.valueMilli })
    .from(meterReadings)
    .where(and(eq(meterReadings.orgId, orgId), inArray(meterReadings.meterId, rows.map((m) => m.id))))
    .orderBy(asc(meterReadings.period));
  // Grouped once: filtering the whole chunk's readings per meter and zone grows with the square of the chunk.
  const readingsOf = new Map<string, typeof readings>();
  for (const r of readings) {
    const key = `${r.meterId}:${r.zone}`;
    const list = readingsOf.get(key);
    if (list) list.push(r);
    else readingsOf.set(key, [r]);
  }
  const points = new Map<string, LoadedPoint>();
  for (const meter of rows) {
    const unusable = unusableFrom(meter);
    for (const zone of meterZones(meter.zones)) {
      const key = `${meter.premiseId ?? meter.buildingId}:${meter.resource}:${zone}`;
      let loaded = points.get(key);
      if (!loaded) {
        loaded = { premiseId: meter.premiseId, buildingId: meter.buildingId, resource: meter.resource, point: { resource: meter.resource, zone, meters: [] }, readings: [] };
        points.set(key, loaded);
      }
      const own = readingsOf.get(`${meter.id}:${zone}`) ?? [];
      const initial = own.find((r) => r.kind === "initial");
      const final = own.find((r) => r.kind === "final");
      const entry: Meter = {
        id: meter.id,
        digits: meter.digits,
        installedOn: meter.installedOn ?? meter.createdAt.toISOString().slice(0, 10),
        initialValue: initial?.value ?? 0n,
        ...(meter.decommissionedOn ? { closedOn: meter.decommissionedOn } : {}),
        ...(final ? { finalValue: final.value } : {}),
        ...(unusable ? { unusableFrom: unusable } : {}),
      };
      loaded.point.meters.push(entry);
      loaded.readings.push(...own.filter((r) => r.kind === "regular").map((r) => ({ meterId: r.meterId, period: r.period, value: r.value, zone: r.zone })));
    }
  }
  return [...points.values()];
}
