import type { InvoiceType, LedgerKind } from "@/db/schema";
import { lastDayOf, shiftPeriod } from "./billing-period";
import { computePenalties, rowKopecks, type ChargePayment, type OverdueCharge, type PenaltyDetailRow, type PenaltyRateRow, type PenaltySwitches } from "./penalties";

/**
 * An account's penalties from its ledger. Pure; the billing run loads the entries.
 *
 * | ledger entry                                   | for penalties                                              |
 * |------------------------------------------------|------------------------------------------------------------|
 * | accrual, recalculation, benefit                | part of the charge of its service and invoice due date      |
 * | opening_balance, balance_adjustment            | a charge due on the day it was booked (no invoice says more) |
 * | payment                                        | money that pays charges of its invoice type, oldest first  |
 * | refund, payment_reversal                       | money taken back: the latest money in before it shrinks     |
 * | penalty                                        | ignored: penalties on penalties are not charged            |
 * | a line that was reversed, and its reversal     | ignored, both: the cancelled invoice never was a debt      |
 *
 * A charge group that nets below zero (a recalculation returning an overcharge) is money in on its due date. An
 * entry without an invoice type counts as ЖКУ. A refund (payment entry > 0) takes back the latest money in before it.
 */
export interface PenaltyEntry {
  kind: LedgerKind;
  amountKopecks: bigint;
  occurredOn: string;
  invoiceType: InvoiceType | null;
  tariffId: string | null;
  /** The issued invoice's due date, for entries posted from one. */
  dueDate: string | null;
}

type Credit = { date: string; amountKopecks: bigint };

const moneyKinds = new Set<LedgerKind>(["payment", "refund", "payment_reversal"]);
const chargeKinds = new Set<LedgerKind>(["accrual", "recalculation", "benefit", "opening_balance", "balance_adjustment"]);

/** Charges of one invoice type keyed `tariffId|dueDate`, with the money applied to each, oldest due date first. */
export function overdueCharges(entries: readonly PenaltyEntry[], invoiceType: InvoiceType): OverdueCharge[] {
  const own = entries.filter((e) => (e.invoiceType ?? "utilities") === invoiceType);
  const groups = new Map<string, { tariffId: string; dueDate: string; amount: bigint }>();
  const credits: Credit[] = [];
  for (const e of own) {
    if (moneyKinds.has(e.kind)) {
      if (e.amountKopecks < 0n) credits.push({ date: e.occurredOn, amountKopecks: -e.amountKopecks });
      else takeBack(credits, e.amountKopecks, e.occurredOn);
    } else if (chargeKinds.has(e.kind)) {
      const dueDate = e.dueDate ?? e.occurredOn;
      const key = `${e.tariffId ?? ""}|${dueDate}`;
      const group = groups.get(key) ?? { tariffId: e.tariffId ?? "", dueDate, amount: 0n };
      group.amount += e.amountKopecks;
      groups.set(key, group);
    }
  }
  const charges: (OverdueCharge & { payments: ChargePayment[] })[] = [];
  for (const [key, g] of groups) {
    if (g.amount < 0n) credits.push({ date: g.dueDate, amountKopecks: -g.amount });
    else if (g.amount > 0n) charges.push({ id: key, amountKopecks: g.amount, dueDate: g.dueDate, capitalRepair: invoiceType === "capital_repair", payments: [] });
  }
  charges.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  credits.sort((a, b) => a.date.localeCompare(b.date));
  allocateOldestFirst(charges, credits);
  return charges;
}

function takeBack(credits: Credit[], amount: bigint, date: string): void {
  let left = amount;
  for (let i = credits.length - 1; i >= 0 && left > 0n; i--) {
    const credit = credits[i];
    if (!credit || credit.date > date) continue;
    const taken = credit.amountKopecks < left ? credit.amountKopecks : left;
    credit.amountKopecks -= taken;
    left -= taken;
  }
}

/** Money in, in date order, pays the charges in due-date order (ЖК РФ ст. 319.1 when the payer named no period). */
function allocateOldestFirst(charges: (OverdueCharge & { payments: ChargePayment[] })[], credits: Credit[]): void {
  let c = 0;
  let available = credits[0]?.amountKopecks ?? 0n;
  for (const charge of charges) {
    let owed = charge.amountKopecks;
    while (owed > 0n && c < credits.length) {
      if (available === 0n) {
        c += 1;
        available = credits[c]?.amountKopecks ?? 0n;
        continue;
      }
      const paid = available < owed ? available : owed;
      charge.payments.push({ date: credits[c]?.date ?? charge.dueDate, amountKopecks: paid });
      owed -= paid;
      available -= paid;
    }
  }
}

export interface ServicePenalty {
  /** The charge's tariff, "" for charges of no service (an opening balance). */
  tariffId: string;
  kopecks: bigint;
  detail: PenaltyDetail;
}

/** What `invoice_lines.penalty_detail` explains: the accrued penalty up to the end of the period and before it. */
export interface PenaltyDetail {
  through: string;
  accruedKopecks: bigint;
  previousThrough: string;
  previousKopecks: bigint;
  rows: PenaltyDetailRow[];
}

/**
 * The penalty lines of period P per service: accrued up to the end of P − accrued up to the end of P−1, both from
 * what the ledger knows now, so a late payment or a recalculation corrects the next line by itself. Each service's
 * amount is rounded once, from its exact sum.
 */
export function periodPenalties(
  entries: readonly PenaltyEntry[],
  invoiceType: InvoiceType,
  schedule: readonly PenaltyRateRow[],
  switches: PenaltySwitches,
  period: string,
): ServicePenalty[] {
  const charges = overdueCharges(entries, invoiceType);
  const through = lastDayOf(period);
  const previousThrough = lastDayOf(shiftPeriod(period, -1));
  const byService = new Map<string, OverdueCharge[]>();
  for (const charge of charges) {
    const tariffId = charge.id.slice(0, charge.id.indexOf("|"));
    byService.set(tariffId, [...(byService.get(tariffId) ?? []), charge]);
  }
  const result: ServicePenalty[] = [];
  for (const [tariffId, own] of byService) {
    const now = computePenalties(own, schedule, switches, through);
    const before = computePenalties(own, schedule, switches, previousThrough);
    if (now.totalUnits === 0n && before.totalUnits === 0n) continue;
    const detail = { through, accruedKopecks: now.totalKopecks, previousThrough, previousKopecks: before.totalKopecks, rows: now.rows };
    result.push({ tariffId, kopecks: now.totalKopecks - before.totalKopecks, detail });
  }
  return result;
}

/** The detail as jsonb: kopecks as numbers (exact far beyond any bill), each row with its rounded amount for people. */
export const penaltyDetailJson = (detail: PenaltyDetail) => ({
  through: detail.through,
  accruedKopecks: Number(detail.accruedKopecks),
  previousThrough: detail.previousThrough,
  previousKopecks: Number(detail.previousKopecks),
  rows: detail.rows.map((r) => ({
    charge: r.chargeId,
    debtKopecks: Number(r.debtKopecks),
    paidOn: r.paidOn,
    from: r.from,
    to: r.to,
    days: r.days,
    keyRateBp: r.keyRateBp,
    rateBp: r.rateBp,
    fraction: r.fraction,
    amountKopecks: Number(rowKopecks(r)),
  })),
});
