import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meterReadings, meters, type MeterZone } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { AppError, isUniqueViolation } from "@/lib/core/errors";
import { permissionLabel } from "@/lib/core/permissions";
import { decidePeriod } from "./collection-window";
import { recordMeterEvents, type JournalScope, type MeterEvent } from "./meter-journal";
import type { ReadingInput } from "./meter-schema";
import { formatReading, sourceLabels } from "./meter-vocabulary";
import { recordReadingActivities } from "./reading-activity";
import { collectionWindows, previousReading, readingHistory, readingKey } from "./reading-history";
import { averageMonthly, checkReading } from "./reading-rules";

export type ReadingRights = {
  /** «вне периода сбора»: the reading counts in this month whatever the day. */
  outOfPeriod: boolean;
  /** May overwrite a reading someone else already gave for the period (an employee with «исправление»). */
  correct: boolean;
};

export type ReadingProblem = { meterId: string; zone: MeterZone; message: string; confirmable: boolean };
export type SavedReading = { meterId: string; zone: MeterZone; readingId: string; period: string; value: bigint; volume: bigint; flagged: boolean; outcome: "saved" | "replaced" | "duplicate" };
export type SubmitOutcome = { ok: true; saved: SavedReading[] } | { ok: false; problems: ReadingProblem[] };

type Submission = ReadingInput & { idempotencyKey?: string | null };

/**
 * The one path every interactive source takes (resident, staff, inspector): all readings of a submission are
 * checked first and saved together, or none is — a form with one wrong meter loses nothing and doubles nothing.
 * `meterIds` must already be the caller's to submit for (its organisation, scope or premise); they are locked here,
 * so two phones sending the same flat's readings queue behind each other.
 */
export async function acceptReadings(tx: Db, scope: JournalScope, rights: ReadingRights, timezone: string, items: readonly Submission[], now = new Date()): Promise<SubmitOutcome> {
  const meterIds = [...new Set(items.map((i) => i.meterId))];
  const locked = await tx
    .select()
    .from(meters)
    .where(and(eq(meters.orgId, scope.orgId), inArray(meters.id, meterIds)))
    .orderBy(meters.id)
    .for("update");
  const byId = new Map(locked.map((m) => [m.id, m]));
  const windows = await collectionWindows(tx, scope.orgId, locked.map((m) => m.buildingId));
  const history = await readingHistory(tx, scope.orgId, meterIds);
  const keys = items.flatMap((i) => (i.idempotencyKey ? [i.idempotencyKey] : []));
  const known = keys.length
    ? await tx
        .select({ key: meterReadings.idempotencyKey, id: meterReadings.id, meterId: meterReadings.meterId, zone: meterReadings.zone, period: meterReadings.period, value: meterReadings.valueMilli, flagged: meterReadings.flagged })
        .from(meterReadings)
        .where(and(eq(meterReadings.orgId, scope.orgId), inArray(meterReadings.idempotencyKey, keys)))
    : [];
  const knownByKey = new Map(known.map((k) => [k.key, k]));
  const today = todayIn(timezone, now);

  const problems: ReadingProblem[] = [];
  const saved: SavedReading[] = [];
  const writes: { item: Submission; meter: (typeof locked)[number]; period: string; volume: bigint; rollover: boolean; flagged: boolean; existingId: string | null; before: unknown }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const problem = (message: string, confirmable = false) => problems.push({ meterId: item.meterId, zone: item.zone, message, confirmable });
    const again = item.idempotencyKey ? knownByKey.get(item.idempotencyKey) : undefined;
    if (again) {
      // The same submission arriving twice (a phone resending after a reconnect): answered as saved, written once.
      saved.push({ meterId: again.meterId, zone: again.zone, readingId: again.id, period: again.period, value: again.value, volume: 0n, flagged: again.flagged, outcome: "duplicate" });
      continue;
    }
    const meter = byId.get(item.meterId);
    if (!meter) {
      problem("Прибор учёта не найден");
      continue;
    }
    const key = readingKey(meter.id, item.zone);
    if (seen.has(key)) {
      problem("Это показание указано дважды");
      continue;
    }
    seen.add(key);
    const window = windows.get(meter.buildingId);
    const decision = window ? decidePeriod(window, now, timezone, rights.outOfPeriod) : { accepted: false as const, message: "Объект не найден" };
    if (!decision.accepted) {
      problem(decision.message);
      continue;
    }
    const zoneHistory = history.get(key);
    const existing = zoneHistory?.find((r) => r.period === decision.period && r.kind === "regular") ?? null;
    if (existing && !(scope.source === "resident" ? existing.source === "resident" : rights.correct)) {
      problem(
        scope.source === "resident"
          ? `Показание за этот месяц уже принято (${formatReading(existing.value)}). Чтобы исправить его, обратитесь в управляющую организацию`
          : `Показание за этот месяц уже передано: ${formatReading(existing.value)} (${sourceLabels[existing.source].toLowerCase()}). Исправить его может сотрудник с правом «${permissionLabel("finance.readings.correct")}»`,
      );
      continue;
    }
    const previous = previousReading(zoneHistory, decision.period);
    const prior = (zoneHistory ?? []).filter((r) => r.period < decision.period);
    const check = checkReading({ meter, zone: item.zone, value: item.value, period: decision.period, todayIso: today, previous, average: averageMonthly(prior), confirmed: item.confirmed });
    if (!check.ok) {
      problem(check.message, check.confirmable);
      continue;
    }
    if (existing && existing.value === item.value) {
      saved.push({ meterId: meter.id, zone: item.zone, readingId: existing.id, period: decision.period, value: existing.value, volume: check.volume, flagged: check.flagged, outcome: "duplicate" });
      continue;
    }
    writes.push({ item, meter, period: decision.period, volume: check.volume, rollover: check.rollover, flagged: check.flagged, existingId: existing?.id ?? null, before: existing ? { value: existing.value, source: existing.source } : null });
  }
  if (problems.length) return { ok: false, problems };

  const events: MeterEvent[] = [];
  for (const w of writes) {
    const values = {
      valueMilli: w.item.value,
      source: scope.source,
      authorType: scope.actor.type,
      authorId: scope.actor.id ?? null,
      authorName: scope.actor.name,
      takenAt: now,
      flagged: w.flagged,
      rollover: w.rollover,
      idempotencyKey: w.item.idempotencyKey ?? null,
    };
    let id: string;
    try {
      const [row] = w.existingId
        ? await tx.update(meterReadings).set({ ...values, updatedAt: sql`now()` }).where(eq(meterReadings.id, w.existingId)).returning({ id: meterReadings.id })
        : await tx.insert(meterReadings).values({ ...values, orgId: scope.orgId, meterId: w.meter.id, zone: w.item.zone, period: w.period, kind: "regular" }).returning({ id: meterReadings.id });
      if (!row) throw new Error("reading write returned no row");
      id = row.id;
    } catch (error) {
      // The unique index is the guard; the meter lock makes this unreachable for one meter, not for a key reused across meters.
      if (isUniqueViolation(error, "meter_readings_org_idempotency_uq")) throw new AppError("CONFLICT", "Это показание уже было отправлено");
      throw error;
    }
    const action = !w.existingId ? "meter_reading.submitted" : scope.source === "resident" ? "meter_reading.replaced" : "meter_reading.edited";
    events.push({ meter: w.meter, action, readingId: id, period: w.period, before: w.before, after: { zone: w.item.zone, value: w.item.value, volume: w.volume, flagged: w.flagged, rollover: w.rollover } });
    saved.push({ meterId: w.meter.id, zone: w.item.zone, readingId: id, period: w.period, value: w.item.value, volume: w.volume, flagged: w.flagged, outcome: w.existingId ? "replaced" : "saved" });
  }
  await recordMeterEvents(tx, scope, events);
  await recordReadingActivities(tx, scope, writes.map((w) => ({ meter: w.meter, zone: w.item.zone, value: w.item.value, replaced: w.existingId !== null })));
  return { ok: true, saved };
}
