import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { buildings, invoices, personalAccounts, premises, type InvoicePdfType, type InvoiceStatus, type InvoiceType, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { premiseSearchCondition } from "@/lib/registry/premises/premise-search-condition";
import { listPage, type ListSource } from "@/lib/table/list-page";
import type { ListParams, Page } from "@/lib/table/list-params";
import { FIRST_INVOICE_YEAR, LAST_INVOICE_YEAR, type InvoiceFilters } from "./invoice-filters";

export type InvoiceListRow = {
  id: string;
  status: InvoiceStatus;
  type: InvoiceType;
  period: string;
  isActual: boolean;
  pdfType: InvoicePdfType;
  hasPdfFile: boolean;
  buildingAddress: string;
  premiseId: string;
  premiseType: PremiseType;
  premiseNumber: string;
  accountId: string;
  accountNumber: string;
  accruedKopecks: bigint;
  totalKopecks: bigint;
  issuedAt: Date | null;
};

const two = (n: number) => String(n).padStart(2, "0");


/** Month and year as conditions on the "YYYY-MM" text: a year is a range of invoices_org_period_idx. */
function periodCondition({ month, year }: InvoiceFilters): SQL | undefined {
  if (year && month) return eq(invoices.period, `${year}-${two(month)}`);
  if (year) return and(sql`${invoices.period} >= ${`${year}-01`}`, sql`${invoices.period} <= ${`${year}-12`}`);
  // That month of every year as a list of periods, so invoices_org_period_idx still serves it (a substr() would not).
  if (month) return inArray(invoices.period, Array.from({ length: LAST_INVOICE_YEAR - FIRST_INVOICE_YEAR + 1 }, (_, i) => `${FIRST_INVOICE_YEAR + i}-${two(month)}`));
  return undefined;
}

function pdfCondition(pdf: InvoiceFilters["pdf"]): SQL | undefined {
  const present = or(eq(invoices.pdfType, "generated"), and(eq(invoices.pdfType, "uploaded"), isNotNull(invoices.pdfFileKey)));
  if (pdf === "present") return present;
  if (pdf === "missing") return or(eq(invoices.pdfType, "none"), and(eq(invoices.pdfType, "uploaded"), isNull(invoices.pdfFileKey)));
  return undefined;
}

/** A group's or quarter's buildings, read once (a few hundred rows) and then matched on invoices_building_idx. */
function buildingsWhere(orgId: string, condition: SQL): SQL {
  return sql`${invoices.buildingId} = any(array(select ${buildings.id} from ${buildings} where ${buildings.orgId} = ${orgId} and ${condition}))`;
}

/**
 * The search box: an address or an account number (or an owner's name), as the premises list reads it. The premises
 * it names are collected into an array first, which invoices_premise_idx takes as its condition; as a correlated
 * `in (subquery)` PostgreSQL would probe it for every invoice along the list's order.
 */
function searchCondition(orgId: string, q: string): SQL {
  const premise = premiseSearchCondition(orgId, q);
  if (!premise) return sql`false`;
  return sql`${invoices.premiseId} = any(array(select ${premises.id} from ${premises} where ${premises.orgId} = ${orgId} and ${premise}))`;
}

/** Newest period first unless asked otherwise; by amount on invoices_org_total_idx. Ids break ties. */
function orderBy(params: ListParams): SQL[] {
  const by = params.dir === "desc" ? desc : asc;
  if (params.sort === "amount") return [by(invoices.totalKopecks), by(invoices.id)];
  if (params.sort === "period") return [by(invoices.period), by(invoices.id)];
  return [desc(invoices.period), desc(invoices.id)];
}

/** «Финансы → Счета» (seed 000 §11) as a ListSource: the invoices of buildings the employee may see. */
export function invoicesSource(ctx: StaffContext, params: ListParams, filters: InvoiceFilters = {}): ListSource<InvoiceListRow> {
  assertPermission(ctx, "finance.invoices.view");
  const where = and(
    eq(invoices.orgId, ctx.orgId),
    buildingScope(ctx, invoices.buildingId),
    filters.groupId ? buildingsWhere(ctx.orgId, eq(buildings.groupId, filters.groupId)) : undefined,
    filters.quarterId ? buildingsWhere(ctx.orgId, eq(buildings.quarterId, filters.quarterId)) : undefined,
    filters.buildingId ? eq(invoices.buildingId, filters.buildingId) : undefined,
    filters.premiseId ? eq(invoices.premiseId, filters.premiseId) : undefined,
    filters.accountId ? eq(invoices.accountId, filters.accountId) : undefined,
    filters.type ? eq(invoices.type, filters.type) : undefined,
    filters.status ? eq(invoices.status, filters.status) : undefined,
    filters.pdfType ? eq(invoices.pdfType, filters.pdfType) : undefined,
    pdfCondition(filters.pdf),
    periodCondition(filters),
    params.q ? searchCondition(ctx.orgId, params.q) : undefined,
  );
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: invoices.id }).from(invoices).where(where).$dynamic();
      return ordered ? query.orderBy(...orderBy(params)) : query;
    },
    rows: (ids) =>
      ctx.db
        .select({
          id: invoices.id,
          status: invoices.status,
          type: invoices.type,
          period: invoices.period,
          isActual: invoices.isActual,
          pdfType: invoices.pdfType,
          hasPdfFile: sql<boolean>`${invoices.pdfFileKey} is not null`,
          buildingAddress: buildings.address,
          premiseId: invoices.premiseId,
          premiseType: premises.type,
          premiseNumber: premises.number,
          accountId: invoices.accountId,
          accountNumber: personalAccounts.number,
          accruedKopecks: invoices.accruedKopecks,
          totalKopecks: invoices.totalKopecks,
          issuedAt: invoices.issuedAt,
        })
        .from(invoices)
        .innerJoin(buildings, eq(buildings.id, invoices.buildingId))
        .innerJoin(premises, eq(premises.id, invoices.premiseId))
        .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
        .where(and(eq(invoices.orgId, ctx.orgId), inArray(invoices.id, ids))),
    id: (row) => row.id,
  };
}

/** One page of «Счета», searched, filtered, sorted and paged as the table asks. */
export async function listInvoices(ctx: StaffContext, params: ListParams, filters: InvoiceFilters = {}): Promise<Page<InvoiceListRow>> {
  return listPage(ctx.db, invoicesSource(ctx, params, filters), params);
}
