import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { meterReadings } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError, notFound } from "@/lib/core/errors";
import { staffJournalScope } from "./create-meter";
import { findMeter } from "./find-meter";
import { recordMeterEvents } from "./meter-journal";
import type { readingEditSchema } from "./meter-schema";
import { readingHistory, readingKey } from "./reading-history";
import { averageMonthly, checkReading } from "./reading-rules";

const readingNotFound = () => notFound("Показание");

/**
 * Correcting a saved reading (a typo, a misread dial) with «исправление переданных». The new value must fit its place
 * in the zone's history by the same rules a new reading obeys: not below the reading before it and not above the one
 * after it (unless the dial rolled over between them), and a jump far above the average is asked about first. The
 * meter's state does not matter here: a faulty or replaced meter's past readings are corrected too, since its volumes
 * are computed from them. The journal keeps the old value.
 */
export async function editReading(ctx: StaffContext, { id, value, confirmed }: z.output<typeof readingEditSchema>) {
  assertPermission(ctx, "finance.readings.correct");
  return ctx.db.transaction(async (tx) => {
    const [reading] = await tx.select().from(meterReadings).where(and(eq(meterReadings.id, id), eq(meterReadings.orgId, ctx.orgId)));
    if (!reading) throw readingNotFound();
    const meter = await findMeter(tx, ctx, reading.meterId, { lock: true });
    const zoneHistory = (await readingHistory(tx, ctx.orgId, [meter.id])).get(readingKey(meter.id, reading.zone)) ?? [];
    const at = zoneHistory.findIndex((r) => r.id === id);
    const previous = zoneHistory[at - 1] ?? null;
    const next = zoneHistory[at + 1] ?? null;
    const rules = { ...meter, status: "working" as const, nextVerificationOn: null };
    const today = todayIn(ctx.timezone);
    const check = checkReading({
      meter: rules,
      zone: reading.zone,
      value,
      period: reading.period,
      todayIso: today,
      previous,
      average: averageMonthly(zoneHistory.slice(0, Math.max(0, at))),
      confirmed,
    });
    if (!check.ok) throw new AppError("VALIDATION", check.message, { [check.confirmable ? "confirmed" : "value"]: [check.message] });
    if (next) {
      const after = checkReading({ meter: rules, zone: reading.zone, value: next.value, period: next.period, todayIso: today, previous: { period: reading.period, value }, average: null, confirmed: true });
      if (!after.ok) {
        const message = "Показание больше следующего за ним. Исправьте сначала следующее показание";
        throw new AppError("VALIDATION", message, { value: [message] });
      }
    }
    if (value === reading.valueMilli) return reading;
    const [updated] = await tx
      .update(meterReadings)
      .set({ valueMilli: value, flagged: check.flagged, rollover: check.rollover, updatedAt: sql`now()` })
      .where(eq(meterReadings.id, id))
      .returning();
    if (!updated) throw readingNotFound();
    await recordMeterEvents(tx, staffJournalScope(ctx), [
      {
        meter,
        action: "meter_reading.edited",
        readingId: id,
        period: reading.period,
        before: { zone: reading.zone, kind: reading.kind, value: reading.valueMilli, flagged: reading.flagged },
        after: { zone: reading.zone, kind: reading.kind, value, volume: check.volume, flagged: check.flagged, rollover: check.rollover },
      },
    ]);
    return updated;
  });
}
