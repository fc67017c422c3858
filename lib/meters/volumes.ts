import type { MeterZone } from "@/db/schema";
import { formatReading } from "./meter-vocabulary";
import { dialSize, wrappedVolume } from "./reading-rules";

/** Explanations line up three decimals: «20,000», as an invoice prints them. */
const fixed = (milli: bigint) => formatReading(milli, { fixed: true });
/**
 * Billing volumes of one metering point from its meter readings, by ПП 354 п. 59–61. Pure: no database, no
 * clock; the same inputs always give the same volumes, so the volumes billed for past estimated periods are
 * recomputed here instead of being read back from invoices.
 *
 * Quantities are integers in thousandths of a unit ("milli": 123.456 m³ = 123456n) so no float rounding can
 * creep into a bill. Periods are "YYYY-MM"; dates are "YYYY-MM-DD".
 *
 * | situation in the period                                   | method          | volume                                   |
 * |-----------------------------------------------------------|-----------------|------------------------------------------|
 * | reading, previous reading (or initial value) of the meter | reading         | current − previous (wrap of the dial ok) |
 * | old meter closed with final value, new meter installed    | replacement     | old final − old previous + new − initial |
 * | no reading / meter unusable / no meter, gaps 1–3          | average         | monthly average of ≥ 6 (new meter ≥ 3) months |
 * | the same from the 4th consecutive period, or no history   | norm            | `normFor(period)`                        |
 * | reading after periods billed by average or norm           | recalculation   | actual since last reading − billed       |
 * | reading below the previous one that no wrap explains      | refused result  | `fallback` = as if there were no reading |
 *
 * Partial months are not prorated: a meter installed mid-month serves the whole month of installation.
 *
 * What was billed for an estimated period is recomputed from the same inputs, so it matches the invoice as long
 * as the readings of billed periods are never changed afterwards — a late reading belongs to the next period (the
 * caller applies the reading window). A refused reading is assumed billed by its `fallback`. Estimates made while
 * the meter was unusable, or before a new meter whose predecessor left no final value, are never recalculated:
 * nothing measured them. The 3-period limit counts consecutive unmeasured periods, whatever the cause.
 */


export interface Meter {
  id: string;
  /** Integer digits of the dial: it wraps at 10^digits units. Null when unknown — then no wrap is accepted. */
  digits: number | null;
  installedOn: string;
  initialValue: bigint;
  closedOn?: string;
  finalValue?: bigint;
  /** Failed or verification expired: readings of periods from this date's month on no longer count. */
  unusableFrom?: string;
}

/** One resource and zone at one premise (or building): meters follow each other, never overlap. */
export interface MeteringPoint {
  resource: string;
  zone: MeterZone;
  meters: Meter[];
}

/** A reading accepted for billing: the latest of the period. `zone` tells the dials of a multi-zone meter apart. */
export interface MeterReading {
  meterId: string;
  period: string;
  value: bigint;
  zone?: MeterZone;
}

export type VolumeMethod = "reading" | "average" | "norm" | "replacement" | "recalculation";

/** Why the norm was applied: billing multiplies by 1.5 only where a meter is absent or unusable, not for silence. */
export type NormReason = "no-meter" | "meter-unusable" | "readings-missing";

export interface MeterPart {
  meterId: string;
  from: bigint;
  to: bigint;
  volume: bigint;
}

export interface Recalculation {
  /** The estimated periods whose billed volumes are now replaced by the actual one. */
  periods: string[];
  billed: bigint;
  /** Measured from the last real reading, so it covers the estimated periods and this one. */
  actual: bigint;
  /** actual − billed: what this period charges (negative returns an overcharge). */
  difference: bigint;
}

export interface PeriodVolume {
  period: string;
  volume: bigint;
  method: VolumeMethod;
  explanation: string;
  normApplied: boolean;
  normReason?: NormReason;
  parts?: MeterPart[];
  recalculation?: Recalculation;
}

export interface ReadingError {
  kind: "below-previous" | "beyond-dial" | "missing-final-value";
  meterId: string;
  previous?: bigint;
  current?: bigint;
  message: string;
}

/**
 * A period either has its volume, or its reading is refused. A refused reading counts as not given (ПП 354
 * treats an unacceptable reading like a missing one), so `fallback` is what the period bills meanwhile, and the
 * next periods are computed as if it had been billed.
 */
export type PeriodOutcome =
  | { ok: true; value: PeriodVolume }
  | { ok: false; period: string; error: ReadingError; fallback: PeriodVolume };

/**
 * The caller broke the contract: a malformed period, two readings of one dial in a period, or meters that
 * overlap. Readings outside a meter's service (before installation, after closing) are simply not counted.
 */
export class MeterChainError extends Error {
  override name = "MeterChainError";
}

export type NormFor = (period: string) => bigint;

export const AVERAGE_MONTHS = 6;
export const NEW_METER_MIN_MONTHS = 3;
export const AVERAGE_MAX_PERIODS = 3;

// ---- numbers and periods for people ----


const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

function periodIndex(period: string): number {
  const match = PERIOD.exec(period);
  if (!match) throw new MeterChainError(`Period must be YYYY-MM, got "${period}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function periodAt(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const monthOf = (date: string): number => periodIndex(date.slice(0, 7));
const periodRu = (period: string): string => `${period.slice(5)}.${period.slice(0, 4)}`;

function periodsRu(periods: string[]): string {
  const [first] = periods;
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return "";
  return first === last ? periodRu(first) : `${periodRu(first)}–${periodRu(last)}`;
}

// ---- one meter's difference ----

type Difference = { ok: true; volume: bigint; explanation: string } | { ok: false; error: ReadingError };

function difference(meter: Meter, from: bigint, to: bigint, fromInitial: boolean): Difference {
  const previous = `${fixed(from)}${fromInitial ? " (начальное)" : ""}`;
  const dial = dialSize(meter.digits);
  if (dial !== null && to >= dial) {
    const message = `Показание ${fixed(to)} не помещается на ${meter.digits}-разрядный счётчик`;
    return { ok: false, error: { kind: "beyond-dial", meterId: meter.id, previous: from, current: to, message } };
  }
  if (to >= from) return { ok: true, volume: to - from, explanation: `${fixed(to)} − ${previous} = ${fixed(to - from)}` };
  const wrapped = wrappedVolume(meter.digits, from, to);
  if (dial !== null && wrapped !== null) {
    const explanation = `${fixed(dial)} − ${previous} + ${fixed(to)} = ${fixed(wrapped)} (переход счётчика через ноль)`;
    return { ok: true, volume: wrapped, explanation };
  }
  const message = `Показание ${fixed(to)} меньше предыдущего ${fixed(from)}`;
  return { ok: false, error: { kind: "below-previous", meterId: meter.id, previous: from, current: to, message } };
}

// ---- the timeline ----

interface RealPoint {
  index: number;
  /** Consumption measured since the segment began, at the end of period `index`. */
  cumulative: bigint;
}

/** A stretch of continuous measurement: broken when a meter goes out of use without a final reading. */
interface Segment {
  points: RealPoint[];
  estimated: { period: string; volume: bigint }[];
}

interface Average {
  volume: bigint;
  months: number;
}

interface TimelineEntry {
  outcome: PeriodOutcome;
  /** Measured consumption and how many periods it covers, for charts; null when nothing was measured. */
  measured: { volume: bigint; periods: number } | null;
}

function sortedChain(point: MeteringPoint): Meter[] {
  const meters = [...point.meters].sort((a, b) => a.installedOn.localeCompare(b.installedOn));
  meters.forEach((meter, i) => {
    const next = meters[i + 1];
    if (next && (meter.closedOn === undefined || meter.closedOn > next.installedOn)) {
      throw new MeterChainError(`Meter ${meter.id} must be closed before ${next.id} is installed`);
    }
  });
  return meters;
}

function readingsByMeter(point: MeteringPoint, readings: MeterReading[]): Map<string, bigint> {
  const ids = new Set(point.meters.map((m) => m.id));
  const byKey = new Map<string, bigint>();
  for (const r of readings) {
    if (!ids.has(r.meterId) || (r.zone !== undefined && r.zone !== point.zone)) continue;
    const key = `${r.meterId}|${periodIndex(r.period)}`;
    if (byKey.has(key)) throw new MeterChainError(`Two readings of meter ${r.meterId} for ${r.period}`);
    byKey.set(key, r.value);
  }
  return byKey;
}

/**
 * ПП 354 п. 59: the average of at least 6 months of readings, or of at least 3 for a meter in service less than
 * 6 months. The window ends at the last real reading and reaches back to the latest reading 6 or more months
 * earlier; a younger segment uses all its history. Rounded half up to the thousandth.
 */
function averageOf(segment: Segment | null): Average | null {
  const last = segment?.points.at(-1);
  const first = segment?.points[0];
  if (!segment || !last || !first) return null;
  const start = segment.points.findLast((p) => last.index - p.index >= AVERAGE_MONTHS) ?? first;
  const months = last.index - start.index;
  if (months < NEW_METER_MIN_MONTHS) return null;
  const total = last.cumulative - start.cumulative;
  return { volume: (total * 2n + BigInt(months)) / (2n * BigInt(months)), months };
}

const gapText: Record<NormReason, string> = {
  "no-meter": "прибор учёта не установлен",
  "meter-unusable": "прибор учёта неисправен или истёк срок поверки",
  "readings-missing": "показания не передаются",
};

function estimate(period: string, gap: number, reason: NormReason, average: Average | null, norm: bigint): PeriodVolume {
  if (average && gap <= AVERAGE_MAX_PERIODS) {
    const explanation =
      `Среднемесячный объём за ${average.months} мес. (ПП 354 п. 59): ${fixed(average.volume)}; ` +
      `${gapText[reason]}, ${gap}-й период`;
    return { period, volume: average.volume, method: "average", explanation, normApplied: false };
  }
  const why = average
    ? `${gapText[reason]} ${gap}-й период (ПП 354 п. 60)`
    : `${gapText[reason]}, показаний для среднего недостаточно ` +
      `(нужно ${AVERAGE_MONTHS} мес., для нового прибора ${NEW_METER_MIN_MONTHS}) (ПП 354 п. 59, 60)`;
  return { period, volume: norm, method: "norm", explanation: `Норматив ${fixed(norm)}: ${why}`, normApplied: true, normReason: reason };
}

type Bases = Map<string, { value: bigint; initial: boolean }>;

/** The parts of a period that meters measured: the final stretch of a closing meter and the current meter's. */
function measure(
  index: number,
  closing: Meter | undefined,
  final: bigint | undefined,
  current: Meter | undefined,
  bases: Bases,
  values: Map<string, bigint>,
) {
  const parts: MeterPart[] = [];
  const texts: string[] = [];
  let error: ReadingError | null = null;
  const add = (meter: Meter, to: bigint) => {
    const base = bases.get(meter.id) ?? { value: meter.initialValue, initial: true };
    const d = difference(meter, base.value, to, base.initial);
    if (!d.ok) error ??= d.error;
    else {
      parts.push({ meterId: meter.id, from: base.value, to, volume: d.volume });
      texts.push(d.explanation);
    }
  };
  if (closing && final !== undefined) add(closing, final);
  else if (closing && usableIn(closing, index)) {
    error = { kind: "missing-final-value", meterId: closing.id, message: `Прибор учёта ${closing.id} снят без конечного показания` };
  }
  const reading = current && usableIn(current, index) ? values.get(`${current.id}|${index}`) : undefined;
  if (current && reading !== undefined) add(current, reading);
  return { parts, texts, error };
}

function measuredVolume(period: string, parts: MeterPart[], texts: string[], segment: Segment, replacement: boolean): PeriodVolume {
  const actual = parts.reduce((sum, p) => sum + p.volume, 0n);
  const how = parts.map((p, i) => (replacement ? `прибор ${p.meterId}: ${texts[i]}` : texts[i])).join("; ");
  if (segment.estimated.length > 0) {
    const periods = segment.estimated.map((e) => e.period);
    const billed = segment.estimated.reduce((sum, e) => sum + e.volume, 0n);
    const explanation =
      `Перерасчёт (ПП 354 п. 61): по показаниям ${how} за ${periods.length + 1} мес.; ` +
      `начислено за ${periodsRu(periods)} ${fixed(billed)}; ` +
      `к начислению ${fixed(actual)} − ${fixed(billed)} = ${fixed(actual - billed)}`;
    const recalculation = { periods, billed, actual, difference: actual - billed };
    return { period, volume: actual - billed, method: "recalculation", explanation, normApplied: false, recalculation, parts };
  }
  if (replacement) {
    const explanation = `Замена прибора учёта: ${how}; итого ${fixed(actual)}`;
    return { period, volume: actual, method: "replacement", explanation, normApplied: false, parts };
  }
  return { period, volume: actual, method: "reading", explanation: `По показаниям: ${how}`, normApplied: false };
}

const usableIn = (meter: Meter, index: number): boolean => meter.unusableFrom === undefined || index < monthOf(meter.unusableFrom);

function timeline(point: MeteringPoint, readings: MeterReading[], until: number, normFor: NormFor): Map<number, TimelineEntry> {
  const meters = sortedChain(point);
  const values = readingsByMeter(point, readings);
  const bases: Bases = new Map();
  const entries = new Map<number, TimelineEntry>();
  const first = meters[0];
  if (!first) return entries;
  let segment: Segment | null = null;
  let gap = 0;
  let average: Average | null = null;

  for (let index = monthOf(first.installedOn); index <= until; index++) {
    const period = periodAt(index);
    const active = meters.filter((m) => monthOf(m.installedOn) <= index && (m.closedOn === undefined || monthOf(m.closedOn) >= index));
    const closing = active.find((m) => m.closedOn !== undefined && monthOf(m.closedOn) === index);
    const current = active.find((m) => m !== closing);
    // A final value read after the meter went out of use is no measurement either.
    const finalRead = closing?.unusableFrom === undefined || (closing.closedOn ?? "") < closing.unusableFrom;
    const final = finalRead ? closing?.finalValue : undefined;

    if (current && monthOf(current.installedOn) === index && final === undefined) {
      // The new meter's consumption cannot be joined to the old one's: estimates before it stay as billed.
      segment = { points: [{ index: index - 1, cumulative: 0n }], estimated: [] };
    }

    const { parts, texts, error } = measure(index, closing, final, current, bases, values);
    if (!error && parts.length > 0 && segment) {
      for (const p of parts) bases.set(p.meterId, { value: p.to, initial: false });
      const value = measuredVolume(period, parts, texts, segment, closing !== undefined && current !== undefined);
      const actual = value.recalculation?.actual ?? value.volume;
      entries.set(index, { outcome: { ok: true, value }, measured: { volume: actual, periods: segment.estimated.length + 1 } });
      segment.points.push({ index, cumulative: (segment.points.at(-1)?.cumulative ?? 0n) + actual });
      segment.estimated = [];
      gap = 0;
      continue;
    }

    // No acceptable measurement: the average is fixed when the gap opens and serves at most three periods.
    gap += 1;
    if (gap === 1) average = averageOf(segment);
    const silent = error !== null || (current !== undefined && usableIn(current, index));
    const reason: NormReason = silent ? "readings-missing" : active.length > 0 ? "meter-unusable" : "no-meter";
    const value = estimate(period, gap, reason, average, normFor(period));
    segment?.estimated.push({ period, volume: value.volume });
    const outcome: PeriodOutcome = error ? { ok: false, period, error, fallback: value } : { ok: true, value };
    entries.set(index, { outcome, measured: null });
  }
  return entries;
}

function beforeAnyMeter(period: string, normFor: NormFor): PeriodOutcome {
  const norm = normFor(period);
  const explanation = `Норматив ${fixed(norm)}: ${gapText["no-meter"]}`;
  return { ok: true, value: { period, volume: norm, method: "norm", explanation, normApplied: true, normReason: "no-meter" } };
}

// ---- the API ----

/** Volumes of the given periods; each is computed from the meters' whole history, so order and gaps do not matter. */
export function volumesForPeriods(point: MeteringPoint, readings: MeterReading[], periods: string[], normFor: NormFor): PeriodOutcome[] {
  const indexes = periods.map(periodIndex);
  const entries = timeline(point, readings, Math.max(...indexes), normFor);
  return indexes.map((index, i) => entries.get(index)?.outcome ?? beforeAnyMeter(periods[i] ?? periodAt(index), normFor));
}

/** The volume of one period. `normFor` is asked for earlier periods too, when they were estimated. */
export function volumeForPeriod(point: MeteringPoint, readings: MeterReading[], period: string, normFor: NormFor): PeriodOutcome {
  const [outcome] = volumesForPeriods(point, readings, [period], normFor);
  if (!outcome) throw new MeterChainError("No outcome for the period");
  return outcome;
}

export interface MonthlyConsumption {
  period: string;
  /** Measured by real readings; null where there was none (or it was refused). */
  volume: bigint | null;
  /** How many periods the volume covers: more than 1 right after a gap, so a chart can spread it. */
  periods: number;
}

/** Consumption for charts: real readings only, never the average or the norm. */
export function consumptionByMonth(point: MeteringPoint, readings: MeterReading[], periods: string[]): MonthlyConsumption[] {
  const indexes = periods.map(periodIndex);
  const entries = timeline(point, readings, Math.max(...indexes), () => 0n);
  return indexes.map((index) => {
    const measured = entries.get(index)?.measured;
    return { period: periodAt(index), volume: measured?.volume ?? null, periods: measured?.periods ?? 0 };
  });
}
