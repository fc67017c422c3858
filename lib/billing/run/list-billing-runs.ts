import { sql } from "drizzle-orm";
import type { BillingRunStatus } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";

export type BillingRunListItem = {
  id: string;
  period: string;
  status: BillingRunStatus;
  totalAccounts: number;
  processedAccounts: number;
  issuedInvoices: number;
  addresses: string[];
  createdByName: string | null;
  createdAt: Date;
};

type Row = Omit<BillingRunListItem, "createdAt"> & { createdAt: Date | string };

/**
 * The organisation's billing runs, newest first, with their buildings' addresses and who started them. An employee
 * limited to some buildings sees the runs that touch only those.
 */
export async function listBillingRuns(ctx: StaffContext, { limit = 50 } = {}): Promise<BillingRunListItem[]> {
  assertPermission(ctx, "finance.billing.run");
  const scope = ctx.buildingIds === null ? sql`true` : sql`r.building_ids <@ ${`{${ctx.buildingIds.join(",")}}`}::uuid[]`;
  const rows = await queryRows<Row>(
    ctx.db,
    sql`select r.id, r.period, r.status, r.total_accounts as "totalAccounts", r.processed_accounts as "processedAccounts",
               r.issued_invoices as "issuedInvoices", r.created_at as "createdAt",
               nullif(trim(concat_ws(' ', e.last_name, e.first_name)), '') as "createdByName",
               coalesce((select jsonb_agg(b.address order by b.address) from buildings b where b.id = any(r.building_ids)), '[]'::jsonb) as addresses
        from billing_runs r left join employees e on e.id = r.created_by
        where r.org_id = ${ctx.orgId} and ${scope}
        order by r.created_at desc limit ${limit}`,
  );
  return rows.map((r) => ({
    ...r,
    totalAccounts: Number(r.totalAccounts),
    processedAccounts: Number(r.processedAccounts),
    issuedInvoices: Number(r.issuedInvoices),
    createdAt: new Date(r.createdAt),
  }));
}
