import { and, asc, desc, eq, exists, gte, inArray, lte, sql } from "drizzle-orm";
import { ledgerEntries, personalAccounts, premises, type InvoiceType, type LedgerKind } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { buildingScope } from "@/lib/org/building-scope";
import { listPage, type ListSource } from "@/lib/table/list-page";
import type { ListParams, Page } from "@/lib/table/list-params";
import type { LedgerFilters } from "./ledger-filters";

/** One entry of «Расшифровка» with where it came from and the account's balance right after it. */
export type LedgerRow = {
  id: string;
  occurredOn: string;
  period: string | null;
  kind: LedgerKind;
  amountKopecks: bigint;
  runningKopecks: bigint;
  note: string | null;
  invoiceId: string | null;
  invoiceType: InvoiceType | null;
  invoicePeriod: string | null;
  serviceName: string | null;
  importFileName: string | null;
  importedAt: Date | null;
  paymentId: string | null;
};

type RawRow = {
  id: string;
  occurred_on: string;
  period: string | null;
  kind: LedgerKind;
  amount_kopecks: string;
  running_kopecks: string;
  note: string | null;
  invoice_id: string | null;
  invoice_type: InvoiceType | null;
  invoice_period: string | null;
  service_name: string | null;
  import_file_name: string | null;
  imported_at: string | Date | null;
  payment_id: string | null;
};

/** An entry's billing month; one without (a payment, an adjustment) counts in the month of its date. */
const monthOf = sql`coalesce(${ledgerEntries.period}, to_char(${ledgerEntries.occurredOn}, 'YYYY-MM'))`;

/** The one order of an account's entries: the running balance and the page order both follow it. */
const chronological = sql.raw("l.occurred_on, l.created_at, l.id");

/**
 * «Расшифровка» of a personal account as a ListSource: every ledger entry, oldest first (or newest first when the
 * date column is sorted descending), optionally within a range of billing months. The running balance is a window
 * sum over all of the account's entries in the database, so a filtered or paged view still shows the true balance
 * after each entry, and the last one equals the account's balance. The account's own scope is part of the query,
 * so an export for another organisation's or building's account is empty.
 */
export function accountLedgerSource(ctx: StaffContext, params: ListParams, filters: LedgerFilters): ListSource<LedgerRow> {
  assertPermission(ctx, "registry.premises.view");
  assertPermission(ctx, "finance.invoices.view");
  const visibleAccount = ctx.db
    .select({ one: sql`1` })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .where(and(eq(personalAccounts.id, filters.accountId), eq(personalAccounts.orgId, ctx.orgId), buildingScope(ctx, premises.buildingId)));
  const where = and(
    eq(ledgerEntries.orgId, ctx.orgId),
    eq(ledgerEntries.accountId, filters.accountId),
    exists(visibleAccount),
    filters.periodFrom ? gte(monthOf, filters.periodFrom) : undefined,
    filters.periodTo ? lte(monthOf, filters.periodTo) : undefined,
  );
  const by = params.dir === "desc" ? desc : asc;
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: ledgerEntries.id }).from(ledgerEntries).where(where).$dynamic();
      return ordered ? query.orderBy(by(ledgerEntries.occurredOn), by(ledgerEntries.createdAt), by(ledgerEntries.id)) : query;
    },
    rows: async (ids) => {
      const rows = await queryRows<RawRow>(
        ctx.db,
        sql`
        with running as (
          select l.id, sum(l.amount_kopecks) over (order by ${chronological} rows between unbounded preceding and current row) as running_kopecks
          from ledger_entries l where l.org_id = ${ctx.orgId} and l.account_id = ${filters.accountId}
        )
        select l.id, l.occurred_on::text as occurred_on, l.period, l.kind, l.amount_kopecks, r.running_kopecks, l.note, l.invoice_id,
               i.type as invoice_type, i.period as invoice_period, coalesce(il.service_name, t.name) as service_name,
               x.file_name as import_file_name, x.created_at as imported_at, l.payment_id
        from running r
        join ledger_entries l on l.id = r.id
        left join invoices i on i.id = l.invoice_id and i.org_id = l.org_id
        left join invoice_lines il on il.id = l.invoice_line_id
        left join tariffs t on t.id = l.tariff_id
        left join exchange_log x on l.source = 'import:' || x.id::text and x.org_id = l.org_id
        where ${inArray(sql`r.id`, ids)}`,
      );
      return rows.map((r) => ({
        id: r.id,
        occurredOn: r.occurred_on,
        period: r.period,
        kind: r.kind,
        amountKopecks: BigInt(r.amount_kopecks),
        runningKopecks: BigInt(r.running_kopecks),
        note: r.note,
        invoiceId: r.invoice_id,
        invoiceType: r.invoice_type,
        invoicePeriod: r.invoice_period,
        serviceName: r.service_name,
        importFileName: r.import_file_name,
        importedAt: r.imported_at === null ? null : new Date(r.imported_at),
        paymentId: r.payment_id,
      }));
    },
    id: (row) => row.id,
  };
}

/** One page of «Расшифровка». */
export async function listAccountLedger(ctx: StaffContext, params: ListParams, filters: LedgerFilters): Promise<Page<LedgerRow>> {
  return listPage(ctx.db, accountLedgerSource(ctx, params, filters), params);
}
