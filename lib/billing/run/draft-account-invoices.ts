import type { InvoiceType } from "@/db/schema";
import { periodPenalties, type PenaltyDetail, type PenaltyEntry, type ServicePenalty } from "@/lib/billing/account-penalties";
import type { PenaltyRateRow, PenaltySwitches } from "@/lib/billing/penalties";
import { finishLine, type ComputedLine } from "./compute-account-lines";

/** A ledger entry as the run reads it: for penalties, and for the balance the invoice opens with. */
export interface RunLedgerEntry extends PenaltyEntry {
  /** The period of the invoice the entry was posted from, if any. */
  invoicePeriod: string | null;
  /** Its line was reversed (the invoice was cancelled), or it is such a reversal. */
  reversed: boolean;
}

export interface DraftLine extends ComputedLine {
  penaltyKopecks: bigint;
  penaltyDetail: PenaltyDetail | null;
  vatKopecks: bigint | null;
  totalKopecks: bigint;
}

export interface DraftInvoice {
  type: InvoiceType;
  openingBalanceKopecks: bigint;
  lines: DraftLine[];
}

/**
 * The balance an invoice of the type opens with: everything the ledger holds for the type now (payments made since
 * the period ended included, so nobody is asked to pay twice), except what invoices of this period or later posted.
 * Entries of no invoice type count as ЖКУ, as for penalties.
 */
export function openingBalance(entries: readonly RunLedgerEntry[], type: InvoiceType, period: string): bigint {
  let sum = 0n;
  for (const e of entries) {
    if ((e.invoiceType ?? "utilities") !== type || (e.invoicePeriod !== null && e.invoicePeriod >= period)) continue;
    sum += e.amountKopecks;
  }
  return sum;
}

function mergeDetails(a: PenaltyDetail | null, b: PenaltyDetail): PenaltyDetail {
  if (!a) return b;
  return { ...a, accruedKopecks: a.accruedKopecks + b.accruedKopecks, previousKopecks: a.previousKopecks + b.previousKopecks, rows: [...a.rows, ...b.rows] };
}

/** Each service's penalty goes on that service's line; one of a service no longer billed (or of no service) on the first line. */
function placePenalties(lines: DraftLine[], penalties: readonly ServicePenalty[]): void {
  for (const penalty of penalties) {
    const target = lines.find((l) => l.kind === "service" && l.tariffId === penalty.tariffId) ?? lines[0];
    if (!target) continue;
    target.penaltyKopecks += penalty.kopecks;
    target.penaltyDetail = mergeDetails(target.penaltyDetail, penalty.detail);
  }
}

/**
 * One account's drafts for the period: an invoice per invoice type that has lines, except the types in `skip`
 * (an issued or hand-made invoice already holds the period). Penalties come from the ledger up to the period's end.
 */
export function draftAccountInvoices(input: {
  period: string;
  lines: readonly ComputedLine[];
  entries: readonly RunLedgerEntry[];
  schedule: readonly PenaltyRateRow[];
  switches: PenaltySwitches;
  skip: ReadonlySet<InvoiceType>;
}): DraftInvoice[] {
  const byType = new Map<InvoiceType, DraftLine[]>();
  for (const l of input.lines) {
    if (input.skip.has(l.invoiceType)) continue;
    const own = byType.get(l.invoiceType) ?? [];
    own.push({ ...l, penaltyKopecks: 0n, penaltyDetail: null, vatKopecks: null, totalKopecks: 0n });
    byType.set(l.invoiceType, own);
  }
  const live = input.entries.filter((e) => !e.reversed);
  const drafts: DraftInvoice[] = [];
  for (const [type, lines] of byType) {
    placePenalties(lines, periodPenalties(live, type, input.schedule, input.switches, input.period));
    for (const l of lines) Object.assign(l, finishLine(l, l.penaltyKopecks));
    drafts.push({ type, openingBalanceKopecks: openingBalance(input.entries, type, input.period), lines });
  }
  return drafts;
}
