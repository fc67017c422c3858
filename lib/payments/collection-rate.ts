import { sql } from "drizzle-orm";
import { assertPermission } from "@/lib/access/assert-permission";
import { shiftPeriod } from "@/lib/billing/billing-period";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";

export type CollectionMonth = { period: string; issuedKopecks: bigint; paidKopecks: bigint };

const MONTHS = 12;

/**
 * «Собираемость» for the start page: per month of the last twelve (this one included), what was issued (Σ accrued of
 * the month's issued invoices) and what of it has been paid (Σ the ledger's payments less refunds and reversals booked
 * to that month's lines, whenever they arrived) — in the employee's buildings.
 */
export async function collectionRate(ctx: StaffContext): Promise<CollectionMonth[]> {
  assertPermission(ctx, "finance.payments.view");
  const last = todayIn(ctx.timezone).slice(0, 7);
  const first = shiftPeriod(last, 1 - MONTHS);
  const inScope = (building: ReturnType<typeof sql>) => (ctx.buildingIds === null ? sql`true` : ctx.buildingIds.length ? sql`${building} in (${sql.join(ctx.buildingIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`);
  const [issued, paid] = await Promise.all([
    queryRows<{ period: string; kopecks: string }>(
      ctx.db,
      sql`select i.period, sum(i.accrued_kopecks)::text as kopecks from invoices i
          where i.org_id = ${ctx.orgId} and i.status = 'issued' and i.period between ${first} and ${last} and ${inScope(sql`i.building_id`)}
          group by i.period`,
    ),
    queryRows<{ period: string; kopecks: string }>(
      ctx.db,
      sql`select e.period, (-sum(e.amount_kopecks))::text as kopecks
          from ledger_entries e ${ctx.buildingIds === null ? sql`` : sql`join personal_accounts a on a.id = e.account_id join premises p on p.id = a.premise_id`}
          where e.org_id = ${ctx.orgId} and e.kind in ('payment', 'refund', 'payment_reversal') and e.period between ${first} and ${last}
            and ${inScope(sql`p.building_id`)}
          group by e.period`,
    ),
  ]);
  const of = (rows: { period: string; kopecks: string }[], period: string) => BigInt(rows.find((r) => r.period === period)?.kopecks ?? 0);
  return Array.from({ length: MONTHS }, (_, i) => shiftPeriod(first, i)).map((period) => ({ period, issuedKopecks: of(issued, period), paidKopecks: of(paid, period) }));
}
