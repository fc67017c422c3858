import { divideHalfUp } from "./line-arithmetic";

/**
 * Penalties (пени) on overdue charges, ЖК РФ ст. 155 ч. 14 and 14.1, as DOMAIN.md states them. Pure: no database,
 * no clock; dates are "YYYY-MM-DD".
 *
 * | charge                  | overdue days 1–30 | days 31–90          | day 91 on           |
 * |-------------------------|-------------------|---------------------|---------------------|
 * | housing and utilities   | nothing           | 1/300 of the rate   | 1/130 of the rate   |
 * | capital repair (14.1)   | 1/300 of the rate | 1/300 of the rate   | 1/300 of the rate   |
 *
 * - The rate is the key rate capped by the ПП 474 row (the lower of the two), both as in force on the day the part of
 *   the debt was paid; for the part still unpaid, on the calculation date. So each payment's part is its own row set.
 * - Days inside a moratorium row are not charged (ПП 424: any debt; ПП 497: only debts that arose before
 *   `debtsBefore`, a debt arising on its first overdue day). The day count itself runs on through a moratorium:
 *   the moratorium suspends the charging, not the lateness.
 * - `dueDayOnTime`: paying on the due date is on time, so overdue day 1 is the day after; otherwise the due date is
 *   day 1. `countsPaymentDay`: the payment day itself is charged (the debt is settled at the end of that day).
 * - Rows keep their exact amounts; only the total is rounded half-up to kopecks, once.
 */

export type PenaltyRateKind = "key_rate" | "cap" | "moratorium";

export interface PenaltyRateRow {
  kind: PenaltyRateKind;
  validFrom: string;
  /** Exclusive; null: open-ended. */
  validTo: string | null;
  /** Hundredths of a percent; null for a moratorium. */
  rateBp: number | null;
  debtsBefore: string | null;
}

export interface PenaltySwitches {
  countsPaymentDay: boolean;
  dueDayOnTime: boolean;
}

export interface ChargePayment {
  date: string;
  amountKopecks: bigint;
}

export interface OverdueCharge {
  id: string;
  amountKopecks: bigint;
  dueDate: string;
  capitalRepair: boolean;
  /** What was applied to this charge and when; more than the charge is ignored. */
  payments: readonly ChargePayment[];
}

export type PenaltyFraction = 300 | 130;

export interface PenaltyDetailRow {
  chargeId: string;
  /** The part of the charge this row is about: paid on `paidOn`, or still unpaid (null). */
  debtKopecks: bigint;
  paidOn: string | null;
  from: string;
  /** Inclusive. */
  to: string;
  days: number;
  keyRateBp: number;
  /** The rate used: min(key rate, cap). */
  rateBp: number;
  fraction: PenaltyFraction;
  /** Exact amount in 1/PENALTY_UNITS_PER_KOPECK of a kopeck. */
  amountUnits: bigint;
}

export interface PenaltyResult {
  totalKopecks: bigint;
  totalUnits: bigint;
  rows: PenaltyDetailRow[];
}

/**
 * debt × days × rateBp / (10 000 × fraction) kopecks: 10 000 × 300 and 10 000 × 130 share the multiple 39 000 000,
 * so every row is an exact integer in these units and rows add up without any rounding.
 */
export const PENALTY_UNITS_PER_KOPECK = 39_000_000n;
const unitsFactor: Record<PenaltyFraction, bigint> = { 300: 13n, 130: 30n };

const DAY_MS = 86_400_000;
export const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

type Interval = { from: number; to: number };

function rateAt(rows: readonly PenaltyRateRow[], kind: PenaltyRateKind, day: number): number | null {
  let found: PenaltyRateRow | null = null;
  for (const row of rows) {
    if (row.kind !== kind || row.rateBp === null) continue;
    if (dayNumber(row.validFrom) > day || (row.validTo !== null && dayNumber(row.validTo) <= day)) continue;
    if (!found || row.validFrom > found.validFrom) found = row;
  }
  return found?.rateBp ?? null;
}

/** The pieces of `interval` outside every gap. */
function subtract(interval: Interval, gaps: readonly Interval[]): Interval[] {
  let pieces = [interval];
  for (const gap of gaps) {
    pieces = pieces.flatMap((p) => {
      if (gap.to < p.from || gap.from > p.to) return [p];
      const left = gap.from > p.from ? [{ from: p.from, to: gap.from - 1 }] : [];
      const right = gap.to < p.to ? [{ from: gap.to + 1, to: p.to }] : [];
      return [...left, ...right];
    });
  }
  return pieces;
}

/** Day ranges of the charge's lateness, with the fraction each is charged at. */
function fractionZones(firstDay: number, capitalRepair: boolean): { from: number; to: number; fraction: PenaltyFraction }[] {
  if (capitalRepair) return [{ from: firstDay, to: Infinity, fraction: 300 }];
  return [
    { from: firstDay + 30, to: firstDay + 89, fraction: 300 },
    { from: firstDay + 90, to: Infinity, fraction: 130 },
  ];
}

/** The parts of a charge: each payment's, in date order, then what is unpaid on the calculation date. */
function parts(charge: OverdueCharge, calculationDay: number): { debt: bigint; paidOn: number | null }[] {
  const result: { debt: bigint; paidOn: number | null }[] = [];
  let left = charge.amountKopecks;
  const paid = [...charge.payments].filter((p) => dayNumber(p.date) <= calculationDay).sort((a, b) => a.date.localeCompare(b.date));
  for (const payment of paid) {
    const debt = payment.amountKopecks < left ? payment.amountKopecks : left;
    if (debt <= 0n) continue;
    result.push({ debt, paidOn: dayNumber(payment.date) });
    left -= debt;
  }
  if (left > 0n) result.push({ debt: left, paidOn: null });
  return result;
}

function chargeRows(charge: OverdueCharge, schedule: readonly PenaltyRateRow[], switches: PenaltySwitches, calculationDay: number): PenaltyDetailRow[] {
  const firstDay = dayNumber(charge.dueDate) + (switches.dueDayOnTime ? 1 : 0);
  const moratoria = schedule
    .filter((r) => r.kind === "moratorium" && (r.debtsBefore === null || firstDay < dayNumber(r.debtsBefore)))
    .map((r) => ({ from: dayNumber(r.validFrom), to: r.validTo === null ? Infinity : dayNumber(r.validTo) - 1 }));
  const rows: PenaltyDetailRow[] = [];
  for (const part of parts(charge, calculationDay)) {
    const lastDay = part.paidOn === null ? calculationDay : part.paidOn - (switches.countsPaymentDay ? 0 : 1);
    const rateDay = part.paidOn ?? calculationDay;
    const keyRateBp = rateAt(schedule, "key_rate", rateDay);
    if (keyRateBp === null || lastDay < firstDay) continue;
    const cap = rateAt(schedule, "cap", rateDay);
    const rateBp = cap === null ? keyRateBp : Math.min(keyRateBp, cap);
    for (const zone of fractionZones(firstDay, charge.capitalRepair)) {
      const span = { from: zone.from, to: Math.min(zone.to, lastDay) };
      if (span.to < span.from) continue;
      for (const piece of subtract(span, moratoria)) {
        const days = piece.to - piece.from + 1;
        rows.push({
          chargeId: charge.id,
          debtKopecks: part.debt,
          paidOn: part.paidOn === null ? null : dateOf(part.paidOn),
          from: dateOf(piece.from),
          to: dateOf(piece.to),
          days,
          keyRateBp,
          rateBp,
          fraction: zone.fraction,
          amountUnits: part.debt * BigInt(days) * BigInt(rateBp) * unitsFactor[zone.fraction],
        });
      }
    }
  }
  return rows;
}

/** Penalties accrued on the charges up to and including `calculationDate`. */
export function computePenalties(
  charges: readonly OverdueCharge[],
  schedule: readonly PenaltyRateRow[],
  switches: PenaltySwitches,
  calculationDate: string,
): PenaltyResult {
  const calculationDay = dayNumber(calculationDate);
  const rows = charges.flatMap((charge) => chargeRows(charge, schedule, switches, calculationDay));
  const totalUnits = rows.reduce((sum, r) => sum + r.amountUnits, 0n);
  return { totalKopecks: divideHalfUp(totalUnits, PENALTY_UNITS_PER_KOPECK), totalUnits, rows };
}

/** A row's amount in kopecks for display, rounded half-up (the total is rounded from the exact sum instead). */
export const rowKopecks = (row: Pick<PenaltyDetailRow, "amountUnits">): bigint => divideHalfUp(row.amountUnits, PENALTY_UNITS_PER_KOPECK);
