import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { payments } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { refreshInvoiceTotals } from "@/lib/billing/refresh-invoice-totals";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError, notFound } from "@/lib/core/errors";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { seesBuilding } from "@/lib/org/building-scope";
import { boundedString } from "@/lib/validation/bounded-string";

export const deletePaymentSchema = z.object({
  paymentId: z.uuid("Неверный идентификатор платежа"),
  reason: boundedString(500, "Причина").trim().min(3, "Укажите причину удаления"),
});
export type DeletePaymentInput = z.output<typeof deletePaymentSchema>;

type Reversed = { invoice_id: string | null; invoice_line_id: string | null; amount_kopecks: string };

/**
 * Deletes a payment that arrived elsewhere (API, bank statement, registry) — booked by mistake, or twice under
 * different numbers. Online payments are not deleted: their money is returned by a refund. Under the payment's
 * row lock, every ledger `payment` entry gets its positive `payment_reversal` twin (unique by payment item and kind,
 * so it exists once however often this runs), the invoice lines get back what it paid, and the payment is marked
 * deleted. A payment deleted already is left as it is: `deleted: false`.
 */
export async function deletePayment(ctx: StaffContext, input: DeletePaymentInput): Promise<{ deleted: boolean }> {
  assertPermission(ctx, "finance.payments.edit");
  return ctx.db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(and(eq(payments.id, input.paymentId), eq(payments.orgId, ctx.orgId))).for("update");
    if (!payment || (payment.buildingId && !seesBuilding(ctx, payment.buildingId))) throw notFound("Платёж");
    if (payment.status === "deleted") return { deleted: false };
    if (payment.source === "online") throw new AppError("CONFLICT", "Онлайн-платёж не удаляется: верните деньги плательщику возвратом");
    if (payment.status !== "succeeded") throw new AppError("CONFLICT", "Удалить можно только проведённый платёж");

    const note = `Платёж удалён: ${input.reason}`;
    const reversed = await queryRows<Reversed>(
      tx,
      sql`insert into ledger_entries (org_id, account_id, kind, amount_kopecks, period, occurred_on, note, source, invoice_id, invoice_line_id, tariff_id, invoice_type, payment_id, payment_item_id)
          select org_id, account_id, 'payment_reversal', -amount_kopecks, period, ${todayIn(ctx.timezone)}, ${note}, source, invoice_id, invoice_line_id, tariff_id, invoice_type, payment_id, payment_item_id
          from ledger_entries where org_id = ${ctx.orgId} and payment_id = ${payment.id} and kind = 'payment'
          on conflict (payment_item_id, kind) where payment_item_id is not null do nothing
          returning invoice_id, invoice_line_id, amount_kopecks::text`,
    );
    const touched = new Set<string>();
    for (const entry of reversed) {
      if (!entry.invoice_line_id || !entry.invoice_id) continue;
      touched.add(entry.invoice_id);
      const amount = BigInt(entry.amount_kopecks);
      await tx.execute(sql`update invoice_lines set paid_kopecks = paid_kopecks - ${amount}, total_kopecks = total_kopecks + ${amount}
                           where id = ${entry.invoice_line_id} and org_id = ${ctx.orgId}`);
    }
    await refreshInvoiceTotals(tx, ctx.orgId, [...touched]);
    const deletedBy = ctx.actor.type === "employee" ? ctx.actor.id : null;
    await tx.update(payments).set({ status: "deleted", deletedAt: new Date(), deletedBy, updatedAt: new Date() }).where(eq(payments.id, payment.id));
    await writeAudit(tx, ctx, {
      action: "payment.deleted",
      entityType: "payment",
      entityId: payment.id,
      before: { status: payment.status, amountKopecks: payment.amountKopecks, source: payment.source },
      after: { status: "deleted", reason: input.reason },
    });
    return { deleted: true };
  });
}
