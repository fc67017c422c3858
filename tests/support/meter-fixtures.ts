import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meterReadings, organisations } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { createMeter } from "@/lib/meters/create-meter";
import { meterCreateSchema } from "@/lib/meters/meter-schema";
import { parseReading } from "@/lib/meters/meter-vocabulary";

let serial = 100_000;

/** A meter added through the real service; the fields a test does not care about get plausible values. */
export const makeMeter = (ctx: StaffContext, placement: { premiseId?: string; buildingId?: string }, input: Record<string, unknown> = {}) =>
  createMeter(ctx, meterCreateSchema.parse({ resource: "cold_water", serialNumber: `СВ-${serial++}`, installedOn: "2025-01-10", digits: 5, ...placement, ...input }));

/** Opens the collection window on every day of the month, so a test does not depend on today's date. */
export const openWindowAllMonth = (db: Db, orgId: string) =>
  db.update(organisations).set({ meterWindowStartDay: 1, meterWindowEndDay: 31 }).where(eq(organisations.id, orgId));

/** History written straight into the table: readings of past periods, as if they had been submitted then. */
export async function pastReadings(db: Db, orgId: string, meterId: string, readings: Record<string, string>, zone: "single" | "day" | "night" = "single") {
  await db.insert(meterReadings).values(
    Object.entries(readings).map(([period, value]) => ({
      orgId,
      meterId,
      zone,
      period,
      valueMilli: parseReading(value)!,
      source: "staff" as const,
      authorType: "system",
      authorName: "Тест",
      takenAt: new Date(`${period}-20T10:00:00Z`),
    })),
  );
}
