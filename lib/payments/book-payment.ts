import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ledgerEntries, organisations, paymentItems, payments, type PaymentIntent } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { refreshInvoiceTotals } from "@/lib/billing/refresh-invoice-totals";
import type { Actor } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError, notFound } from "@/lib/core/errors";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { allocatePayment, type Allocation, type OpenLine } from "./allocate-payment";

export type BookingScope = { orgId: string; actor: Actor; ip?: string | null };

type OpenLineRow = { invoice_id: string; invoice_line_id: string; invoice_type: OpenLine["invoiceType"]; tariff_id: string | null; period: string; due_date: string | null; position: number; unpaid: string };

/** Unpaid lines of an account's issued invoices: what the ledger holds per line, payments and reversals included. */
async function openLines(tx: Db, orgId: string, accountId: string): Promise<OpenLine[]> {
  const rows = await queryRows<OpenLineRow>(
    tx,
    sql`select l.invoice_id, l.id as invoice_line_id, i.type as invoice_type, l.tariff_id, i.period, i.due_date::text as due_date, l.position,
               coalesce(sum(e.amount_kopecks), 0)::text as unpaid
        from invoices i join invoice_lines l on l.invoice_id = i.id
        left join ledger_entries e on e.invoice_line_id = l.id
        where i.org_id = ${orgId} and i.account_id = ${accountId} and i.status = 'issued'
        group by l.id, i.id
        having coalesce(sum(e.amount_kopecks), 0) > 0`,
  );
  return rows.map((r) => ({
    invoiceId: r.invoice_id,
    invoiceLineId: r.invoice_line_id,
    invoiceType: r.invoice_type,
    tariffId: r.tariff_id,
    period: r.period,
    dueDate: r.due_date,
    position: r.position,
    unpaidKopecks: BigInt(r.unpaid),
  }));
}

/**
 * Books a payment: the gateway confirmed it, or it arrived from a bank, a registry or the API. Inside the caller's
 * transaction the payment row is locked, so of fifty identical notifications one books and the rest find it booked;
 * each account it pays is locked too, so two payments to one account never split the same unpaid line. Each amount
 * of the intent goes to the chosen invoices' unpaid lines, then the account's oldest, then an advance
 * (allocatePayment); every part becomes a payment item and a negative ledger entry, and the invoices' «оплачено»
 * and amount due follow. Returns booked: false when it was already booked.
 */
export async function bookPayment(tx: Db, scope: BookingScope, paymentId: string, paidAt: Date = new Date()): Promise<{ booked: boolean }> {
  const [payment] = await tx.select().from(payments).where(and(eq(payments.id, paymentId), eq(payments.orgId, scope.orgId))).for("update");
  if (!payment) throw notFound("Платёж");
  if (payment.status === "succeeded") return { booked: false };
  if (payment.status !== "pending" && payment.status !== "mismatch") throw new AppError("CONFLICT", "Этот платёж не проводится: он отменён или удалён");
  const intents: PaymentIntent[] = payment.intent.length
    ? payment.intent
    : payment.accountId
      ? [{ accountId: payment.accountId, invoiceIds: [], amountKopecks: payment.amountKopecks.toString() }]
      : [];
  const intended = intents.reduce((sum, i) => sum + BigInt(i.amountKopecks), 0n);
  if (!intents.length || intended !== payment.amountKopecks) throw new AppError("CONFLICT", "Платёж не привязан к лицевому счёту или его сумма не сходится с распределением");

  const [org] = await tx.select({ timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, scope.orgId));
  const bookedOn = todayIn(org?.timezone ?? "Europe/Moscow", paidAt);
  let position = 0;
  const touchedInvoices = new Set<string>();
  for (const intent of intents.toSorted((a, b) => a.accountId.localeCompare(b.accountId))) {
    const [account] = await queryRows<{ id: string }>(tx, sql`select id from personal_accounts where id = ${intent.accountId} and org_id = ${scope.orgId} for update`);
    if (!account) throw notFound("Лицевой счёт");
    const allocations = allocatePayment(BigInt(intent.amountKopecks), await openLines(tx, scope.orgId, intent.accountId), intent.invoiceIds);
    // Ids made here, so each ledger entry names its item without relying on the order of RETURNING.
    const items = allocations.map((a) => ({ id: randomUUID(), position: position++, allocation: a }));
    await tx.insert(paymentItems).values(
      items.map(({ id, position, allocation: a }) => ({ id, orgId: scope.orgId, paymentId, position, kind: a.kind, accountId: intent.accountId, amountKopecks: a.amountKopecks, ...itemTarget(a) })),
    );
    await tx.insert(ledgerEntries).values(
      items.map(({ id, allocation: a }) => ({
        orgId: scope.orgId,
        accountId: intent.accountId,
        kind: "payment" as const,
        amountKopecks: -a.amountKopecks,
        period: a.kind === "invoice_line" ? a.period : null,
        occurredOn: bookedOn,
        note: payment.purpose ?? (a.kind === "advance" ? "Аванс" : null),
        source: payment.source,
        ...itemTarget(a),
        tariffId: a.kind === "invoice_line" ? a.tariffId : null,
        paymentId,
        paymentItemId: id,
      })),
    );
    for (const { allocation: a } of items) {
      if (a.kind !== "invoice_line") continue;
      touchedInvoices.add(a.invoiceId);
      await tx.execute(sql`update invoice_lines set paid_kopecks = paid_kopecks + ${a.amountKopecks}, total_kopecks = total_kopecks - ${a.amountKopecks}
                           where id = ${a.invoiceLineId} and org_id = ${scope.orgId}`);
    }
  }
  await refreshInvoiceTotals(tx, scope.orgId, [...touchedInvoices]);
  await tx.update(payments).set({ status: "succeeded", paidAt, flagReason: null, updatedAt: new Date() }).where(eq(payments.id, paymentId));
  await writeAudit(tx, scope, {
    action: "payment.booked",
    entityType: "payment",
    entityId: paymentId,
    after: { amountKopecks: payment.amountKopecks, source: payment.source, accounts: intents.map((i) => i.accountId) },
  });
  return { booked: true };
}

/** The invoice line an item and its ledger entry point at; an advance points at none. */
const itemTarget = (a: Allocation) =>
  a.kind === "invoice_line" ? { invoiceId: a.invoiceId, invoiceLineId: a.invoiceLineId, invoiceType: a.invoiceType } : { invoiceId: null, invoiceLineId: null, invoiceType: null };
