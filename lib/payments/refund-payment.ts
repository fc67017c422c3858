import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invoiceLines, ledgerEntries, organisations, paymentGateways, paymentItems, payments, refunds } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { refreshInvoiceTotals } from "@/lib/billing/refresh-invoice-totals";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError, notFound } from "@/lib/core/errors";
import { formatRoubles } from "@/lib/exchange/decimal";
import { assertBuildingInScope } from "@/lib/org/building-scope";
import { gatewayFor } from "./gateways/gateway-for";

export type RefundInput = { paymentId: string; amountKopecks: bigint; reason: string };

/**
 * A full or partial refund of an online payment (000 §13, the payment card). Under the payment row's lock the
 * refund is reserved — never more than charged minus what is refunded or being refunded — with its own idempotency
 * key, which the gateway gets too, so a retried request refunds once. When the gateway confirms, `refund` ledger
 * entries (positive: the debt is back) go over the payment's items newest-first, the lines' «оплачено» follows, and
 * payments.refunded_kopecks grows, all in one transaction. A refund the gateway left pending is booked by nobody yet:
 * its row says so.
 */
export async function refundPayment(ctx: StaffContext, input: RefundInput): Promise<{ refundId: string; status: "pending" | "succeeded" | "failed" }> {
  assertPermission(ctx, "requests.refund");
  if (input.amountKopecks <= 0n) throw new AppError("VALIDATION", "Проверьте сумму", { amountKopecks: ["Сумма возврата должна быть больше нуля"] });
  const idempotencyKey = randomUUID();

  const reserved = await ctx.db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(and(eq(payments.id, input.paymentId), eq(payments.orgId, ctx.orgId))).for("update");
    if (!payment) throw notFound("Платёж");
    if (payment.buildingId) assertBuildingInScope(ctx, payment.buildingId);
    if (payment.status !== "succeeded" || !payment.gatewayId || !payment.providerPaymentId) throw new AppError("CONFLICT", "Вернуть можно только проведённый онлайн-платёж");
    const [{ taken, inFlight } = { taken: "0", inFlight: 0 }] = await tx
      .select({ taken: sql<string>`coalesce(sum(${refunds.amountKopecks}), 0)::text`, inFlight: sql<number>`count(*) filter (where ${refunds.status} = 'pending')::int` })
      .from(refunds)
      .where(and(eq(refunds.paymentId, payment.id), inArray(refunds.status, ["pending", "succeeded"])));
    // One refund at a time per payment: the items it will take are known only once the one before is booked.
    if (inFlight > 0) throw new AppError("CONFLICT", "Предыдущий возврат по этому платежу ещё не завершён");
    const available = payment.chargedKopecks - BigInt(taken);
    if (input.amountKopecks > available) {
      throw new AppError("VALIDATION", "Сумма больше возможной", { amountKopecks: [`Вернуть можно не больше ${formatRoubles(available)}`] });
    }
    // The ledger takes one refund entry per item: a refund must fit in the items not refunded yet (and the commission).
    const [{ open } = { open: "0" }] = await tx
      .select({ open: sql<string>`coalesce(sum(${paymentItems.amountKopecks}), 0)::text` })
      .from(paymentItems)
      .where(and(eq(paymentItems.paymentId, payment.id), sql`not exists (select 1 from ledger_entries e where e.payment_item_id = ${paymentItems.id} and e.kind = 'refund')`));
    if (input.amountKopecks > BigInt(open) + payment.chargedKopecks - payment.amountKopecks) {
      throw new AppError("CONFLICT", "Эти позиции платежа уже возвращались частично: оформите оставшийся возврат одной суммой по другим позициям или через банк");
    }
    const [refund] = await tx
      .insert(refunds)
      .values({ orgId: ctx.orgId, paymentId: payment.id, amountKopecks: input.amountKopecks, reason: input.reason, idempotencyKey, createdBy: ctx.actor.type === "employee" ? ctx.actor.id : null })
      .returning({ id: refunds.id });
    return { refundId: refund!.id, payment };
  });

  const [gatewayRow] = await ctx.db.select().from(paymentGateways).where(eq(paymentGateways.id, reserved.payment.gatewayId!));
  let answer: Awaited<ReturnType<ReturnType<typeof gatewayFor>["refund"]>>;
  try {
    answer = await gatewayFor(gatewayRow!).refund({ providerPaymentId: reserved.payment.providerPaymentId!, amountKopecks: input.amountKopecks, idempotencyKey });
  } catch (error) {
    await ctx.db.update(refunds).set({ status: "failed", updatedAt: new Date() }).where(eq(refunds.id, reserved.refundId));
    throw error;
  }

  await ctx.db.transaction(async (tx) => {
    await tx.select({ id: payments.id }).from(payments).where(eq(payments.id, reserved.payment.id)).for("update");
    await tx.update(refunds).set({ status: answer.status, providerRefundId: answer.providerRefundId, updatedAt: new Date() }).where(eq(refunds.id, reserved.refundId));
    if (answer.status === "succeeded") await bookRefund(tx, ctx, reserved.payment.id, reserved.refundId, input.amountKopecks);
    await writeAudit(tx, ctx, { action: "payment.refunded", entityType: "payment", entityId: reserved.payment.id, after: { amountKopecks: input.amountKopecks, reason: input.reason, status: answer.status } });
  });
  return { refundId: reserved.refundId, status: answer.status };
}

/**
 * The ledger side of a confirmed refund: over the items not refunded yet, newest first, each up to its amount (the
 * ledger allows one refund entry per item); what is left beyond the items (the payer's commission) has no entry.
 */
async function bookRefund(tx: Db, ctx: StaffContext, paymentId: string, refundId: string, amountKopecks: bigint) {
  const items = await tx
    .select({ item: paymentItems, tariffId: invoiceLines.tariffId, period: sql<string | null>`(select period from invoices where id = ${paymentItems.invoiceId})` })
    .from(paymentItems)
    .leftJoin(invoiceLines, eq(invoiceLines.id, paymentItems.invoiceLineId))
    .where(and(eq(paymentItems.paymentId, paymentId), sql`not exists (select 1 from ledger_entries e where e.payment_item_id = ${paymentItems.id} and e.kind = 'refund')`))
    .orderBy(desc(paymentItems.position));
  const [org] = await tx.select({ timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, ctx.orgId));
  const occurredOn = todayIn(org?.timezone ?? ctx.timezone);
  let left = amountKopecks;
  const entries: (typeof ledgerEntries.$inferInsert)[] = [];
  for (const { item, tariffId, period } of items) {
    if (left === 0n || !item.accountId) break;
    const part = item.amountKopecks < left ? item.amountKopecks : left;
    left -= part;
    entries.push({ orgId: ctx.orgId, accountId: item.accountId, kind: "refund", amountKopecks: part, period, occurredOn, note: `Возврат ${refundId.slice(0, 8)}`, source: "refund", invoiceId: item.invoiceId, invoiceLineId: item.invoiceLineId, invoiceType: item.invoiceType, tariffId, paymentId, paymentItemId: item.id });
  }
  if (entries.length) await tx.insert(ledgerEntries).values(entries);
  const touched = new Set<string>();
  for (const e of entries) {
    if (!e.invoiceLineId || !e.invoiceId) continue;
    touched.add(e.invoiceId);
    await tx.execute(sql`update invoice_lines set paid_kopecks = paid_kopecks - ${e.amountKopecks}, total_kopecks = total_kopecks + ${e.amountKopecks} where id = ${e.invoiceLineId} and org_id = ${ctx.orgId}`);
  }
  await refreshInvoiceTotals(tx, ctx.orgId, [...touched]);
  await tx.update(payments).set({ refundedKopecks: sql`${payments.refundedKopecks} + ${amountKopecks}`, updatedAt: new Date() }).where(eq(payments.id, paymentId));
}
