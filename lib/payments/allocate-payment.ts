import type { InvoiceType } from "@/db/schema";

/** An issued invoice line with what is still unpaid on it (Σ of its ledger entries, payments included). */
export type OpenLine = {
  invoiceId: string;
  invoiceLineId: string;
  invoiceType: InvoiceType;
  tariffId: string | null;
  period: string;
  dueDate: string | null;
  position: number;
  unpaidKopecks: bigint;
};

export type Allocation =
  | { kind: "invoice_line"; invoiceId: string; invoiceLineId: string; invoiceType: InvoiceType; tariffId: string | null; period: string; amountKopecks: bigint }
  | { kind: "advance"; amountKopecks: bigint };

const byAge = (a: OpenLine, b: OpenLine) =>
  (a.dueDate ?? a.period).localeCompare(b.dueDate ?? b.period) || a.invoiceId.localeCompare(b.invoiceId) || a.position - b.position;

/**
 * Splits an amount paid to one account over its unpaid lines: first the lines of the invoices the payer chose (in
 * the order given), then the account's other unpaid lines oldest first (ЖК РФ ст. 155: without the payer's choice the
 * earliest debt is paid), and what is left becomes an advance. Lines with nothing unpaid (or overpaid) take nothing.
 * Pure: the caller locks the account and reads `lines` inside the transaction that books the result.
 */
export function allocatePayment(amountKopecks: bigint, lines: readonly OpenLine[], chosenInvoiceIds: readonly string[] = []): Allocation[] {
  const rank = new Map(chosenInvoiceIds.map((id, i) => [id, i]));
  const chosen = lines.filter((l) => rank.has(l.invoiceId)).sort((a, b) => rank.get(a.invoiceId)! - rank.get(b.invoiceId)! || a.position - b.position);
  const others = lines.filter((l) => !rank.has(l.invoiceId)).sort(byAge);
  const allocations: Allocation[] = [];
  let left = amountKopecks;
  for (const line of [...chosen, ...others]) {
    if (left <= 0n) break;
    if (line.unpaidKopecks <= 0n) continue;
    const take = line.unpaidKopecks < left ? line.unpaidKopecks : left;
    allocations.push({ kind: "invoice_line", invoiceId: line.invoiceId, invoiceLineId: line.invoiceLineId, invoiceType: line.invoiceType, tariffId: line.tariffId, period: line.period, amountKopecks: take });
    left -= take;
  }
  if (left > 0n) allocations.push({ kind: "advance", amountKopecks: left });
  return allocations;
}
