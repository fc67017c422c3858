import { randomUUID } from "node:crypto";
import type { MeterZone } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { permissionLabel } from "@/lib/core/permissions";
import { formatReading, zoneLabels } from "@/lib/meters/meter-vocabulary";
import { readingKey } from "@/lib/meters/reading-history";
import { averageMonthly, checkReading, type PriorReading } from "@/lib/meters/reading-rules";
import type { ReadingValues } from "../plan/registry-plan";
import { loadKeyedReadings, loadPeriodReadings, loadPriorReadings, type ImportMeter, type PriorByZone } from "./meter-snapshot";

/** One reading to take, its meter and zone already found; `line` is the file's line or the API item's index. */
export type ReadingRow = { line: number; meter: ImportMeter; zone: MeterZone; period: string; value: bigint; takenOn: string | null; key: string | null };

export type CheckedReadings = {
  create: ReadingValues[];
  update: ReadingValues[];
  flagged: ReadingValues[];
  /** Rows already saved (same key, or the same value for the period): the stored reading's id by line. */
  unchanged: Map<number, string>;
  /** The value each written reading follows, for the preview. */
  previousOf: Map<string, bigint | null>;
  /** The reading id each row becomes, by line. */
  idOf: Map<number, string>;
};

type Periods = Map<string, { prior: PriorByZone; stored: Awaited<ReturnType<typeof loadPeriodReadings>> }>;

async function loadPeriods(ctx: StaffContext, periods: Iterable<string>): Promise<Periods> {
  const loaded: Periods = new Map();
  for (const period of periods) loaded.set(period, { prior: await loadPriorReadings(ctx, period), stored: await loadPeriodReadings(ctx, period) });
  return loaded;
}

/** Where a problem is reported: the column (file) or field (API) of the value and of the external id. */
type Fields = { value: string; externalId: string };
type Report = (line: number, field: string, message: string) => void;

/**
 * Readings given for explicit periods (a file, an API call), checked in memory with the rules every source shares
 * (lib/meters/reading-rules.ts) against the stored history — loaded for all meters at once in a few set-based
 * queries — and against earlier rows of the same batch. An implausible jump is accepted and flagged. A row whose key
 * was saved before is unchanged (idempotent); a reading the period has with the same value too; another value is a
 * correction, which needs «исправление показаний».
 */
export async function checkReadingRows(ctx: StaffContext, rows: ReadingRow[], fields: Fields, report: Report): Promise<CheckedReadings> {
  const periods = await loadPeriods(ctx, new Set(rows.map((r) => r.period)));
  const keyed = await loadKeyedReadings(ctx, rows.flatMap((r) => (r.key ? [r.key] : [])));
  const today = todayIn(ctx.timezone);
  const mayCorrect = ctx.permissions.has("finance.readings.correct");
  const out: CheckedReadings = { create: [], update: [], flagged: [], unchanged: new Map(), previousOf: new Map(), idOf: new Map() };
  const seenZone = new Map<string, number>();
  const seenKey = new Map<string, number>();
  // The batch's own readings of a meter in earlier months count as history for its later ones.
  const fromBatch = new Map<string, PriorReading>();
  const ordered = [...rows].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.line - b.line));
  for (const row of ordered) {
    const { line, meter, zone, period, value } = row;
    const zoneKey = readingKey(meter.id, zone);
    const earlier = seenZone.get(`${zoneKey}|${period}`);
    if (earlier !== undefined) {
      report(line, fields.value, `Показание этого прибора${zone === "single" ? "" : ` (${zoneLabels[zone]})`} за ${period} уже указано в строке ${earlier}`);
      continue;
    }
    seenZone.set(`${zoneKey}|${period}`, line);
    if (row.key) {
      const sameKey = seenKey.get(row.key);
      if (sameKey !== undefined) {
        report(line, fields.externalId, `Внешний ID уже указан в строке ${sameKey}`);
        continue;
      }
      seenKey.set(row.key, line);
      const known = keyed.get(row.key);
      if (known && (known.meterId !== meter.id || known.zone !== zone || known.period !== period)) {
        report(line, fields.externalId, "Показание с этим внешним ID уже загружено для другого прибора или месяца");
        continue;
      }
      if (known) {
        out.unchanged.set(line, known.id);
        continue;
      }
    }
    const { prior, stored } = periods.get(period)!;
    const existing = stored.get(zoneKey);
    if (existing?.value === value) {
      out.unchanged.set(line, existing.id);
      continue;
    }
    if (existing && !mayCorrect) {
      report(line, fields.value, `Показание за ${period} уже передано: ${formatReading(existing.value)}. Исправить его может сотрудник с правом «${permissionLabel("finance.readings.correct")}»`);
      continue;
    }
    const db = prior.get(zoneKey);
    const batch = fromBatch.get(zoneKey);
    const previous = batch && (!db || batch.period > db.last.period) ? batch : (db?.last ?? null);
    const average = db?.first ? averageMonthly([db.first, db.last]) : null;
    const check = checkReading({ meter, zone, value, period, todayIso: today, previous, average, confirmed: true });
    if (!check.ok) {
      report(line, fields.value, check.message);
      continue;
    }
    fromBatch.set(zoneKey, { period, value });
    const values: ReadingValues = {
      id: existing?.id ?? randomUUID(),
      meterId: meter.id,
      zone,
      period,
      kind: "regular",
      valueMilli: value.toString(),
      volumeMilli: check.volume.toString(),
      takenAt: new Date(`${row.takenOn ?? today}T12:00:00Z`).toISOString(),
      flagged: check.flagged,
      rollover: check.rollover,
      idempotencyKey: row.key,
      before: existing ? existing.value.toString() : null,
    };
    out.previousOf.set(values.id, existing?.value ?? previous?.value ?? null);
    out.idOf.set(line, values.id);
    (existing ? out.update : out.create).push(values);
    if (check.flagged) out.flagged.push(values);
  }
  return out;
}
