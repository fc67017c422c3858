import { sql } from "drizzle-orm";
import { z } from "zod";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { assertBuildingInScope } from "@/lib/org/building-scope";
import { boundedString } from "@/lib/validation/bounded-string";

export const cancelInvoiceSchema = z.object({
  invoiceId: z.uuid(),
  reason: boundedString(500).trim().min(3, "Укажите причину аннулирования"),
});
export type CancelInvoiceInput = z.infer<typeof cancelInvoiceSchema>;

/**
 * Cancels an issued invoice (seed 000: an issued invoice is never deleted or edited). The ledger keeps the original
 * entries and gets one reversal per line for the sum posted from it, so the balance returns to what it was and the
 * history shows both; the unique (invoice_line_id, kind) makes a repeated cancel post nothing.
 */
export async function cancelInvoice(ctx: StaffContext, input: CancelInvoiceInput): Promise<void> {
  assertPermission(ctx, "finance.invoices.edit");
  await ctx.db.transaction(async (tx) => {
    const [invoice] = await queryRows<{ id: string; building_id: string; status: string }>(
      tx,
      sql`select id, building_id, status from invoices where id = ${input.invoiceId} and org_id = ${ctx.orgId} for update`,
    );
    if (!invoice) throw notFound("Счёт");
    assertBuildingInScope(ctx, invoice.building_id);
    if (invoice.status === "cancelled") return;
    if (invoice.status === "draft") throw new AppError("CONFLICT", "Черновик не аннулируют: его можно изменить или удалить");
    const actorId = ctx.actor.type === "employee" ? ctx.actor.id : null;
    await tx.execute(sql`
      with up as (
        update invoices set status = 'cancelled', cancelled_at = now(), cancelled_by = ${actorId}::uuid, cancel_reason = ${input.reason}, updated_at = now()
        where id = ${invoice.id} returning id, account_id, period, type, total_kopecks),
      reversed as (
        insert into ledger_entries (org_id, account_id, kind, amount_kopecks, period, occurred_on, note, source, invoice_id, invoice_line_id, tariff_id, invoice_type)
        select ${ctx.orgId}::uuid, e.account_id, 'reversal', -sum(e.amount_kopecks), e.period,
               (now() at time zone (select timezone from organisations where id = ${ctx.orgId}))::date, ${input.reason}, 'invoice',
               e.invoice_id, e.invoice_line_id, e.tariff_id, e.invoice_type
        from ledger_entries e join up on up.id = e.invoice_id
        where e.invoice_line_id is not null and e.kind in ('accrual', 'recalculation', 'benefit', 'penalty')
        group by e.account_id, e.period, e.invoice_id, e.invoice_line_id, e.tariff_id, e.invoice_type
        having sum(e.amount_kopecks) <> 0
        on conflict (invoice_line_id, kind) where invoice_line_id is not null do nothing)
      insert into audit_log (org_id, actor_type, actor_id, actor_name, action, entity_type, entity_id, after, ip)
      select ${ctx.orgId}::uuid, ${ctx.actor.type}, ${ctx.actor.id ?? null}::uuid, ${ctx.actor.name}, 'invoice.cancelled', 'invoice', up.id::text,
             jsonb_build_object('period', up.period, 'type', up.type, 'totalKopecks', up.total_kopecks::text, 'reason', ${input.reason}::text), ${ctx.ip ?? null}
      from up`);
  });
}
