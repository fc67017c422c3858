import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { chunks } from "@/lib/exchange/plan/bulk-sql";

/**
 * Sets the money columns of invoices from their lines in one UPDATE, by the rule of `invoiceMoney` in
 * line-arithmetic.ts: sums of the lines' columns, and the amount due = opening balance + Σ line totals. Line totals
 * are the writer's (computed by lineTotalKopecks); an invoice without lines gets zeros and its opening balance.
 */
export async function refreshInvoiceTotals(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<void> {
  for (const ids of chunks(invoiceIds, 5000)) await refreshChunk(db, orgId, ids);
}

async function refreshChunk(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<void> {
  await db.execute(sql`
    update invoices i set
      accrued_kopecks = s.accrued, recalculation_kopecks = s.recalculation, benefit_kopecks = s.benefit,
      penalty_kopecks = s.penalty, paid_kopecks = s.paid, total_kopecks = i.opening_balance_kopecks + s.total, updated_at = now()
    from (
      select i2.id,
             coalesce(sum(l.accrued_kopecks), 0) as accrued, coalesce(sum(l.recalculation_kopecks), 0) as recalculation,
             coalesce(sum(l.benefit_kopecks), 0) as benefit, coalesce(sum(l.penalty_kopecks), 0) as penalty,
             coalesce(sum(l.paid_kopecks), 0) as paid, coalesce(sum(l.total_kopecks), 0) as total
      from invoices i2 left join invoice_lines l on l.invoice_id = i2.id
      where i2.org_id = ${orgId} and i2.id in (${sql.join(invoiceIds.map((id) => sql`${id}::uuid`), sql`, `)})
      group by i2.id
    ) s
    where i.id = s.id and i.org_id = ${orgId}`);
}
