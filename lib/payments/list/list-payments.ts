import { aliasedTable, and, asc, desc, eq, ilike, inArray, isNotNull, ne, or, sql, type SQL } from "drizzle-orm";
import {
  bankAccounts,
  buildings,
  clients,
  invoiceLines,
  paymentGateways,
  paymentItems,
  payments,
  personalAccounts,
  premises,
  tariffs,
  type InvoiceType,
  type PaymentProvider,
  type PaymentSource,
  type PaymentStatus,
  type PremiseType,
} from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
import type { PaymentFilters, PaymentTab } from "./payment-filters";
import { paymentItemsOf, type PaymentItemDetail } from "./payment-items-of";

export type PaymentListRow = {
  id: string;
  source: PaymentSource;
  status: PaymentStatus;
  providerPaymentId: string | null;
  provider: PaymentProvider | null;
  gatewayName: string | null;
  /** The invoice types the payment paid, in order, without repeats. */
  invoiceTypes: InvoiceType[];
  bankName: string | null;
  settlementAccount: string | null;
  payerName: string | null;
  accountId: string | null;
  accountNumber: string | null;
  buildingAddress: string | null;
  premiseType: PremiseType | null;
  premiseNumber: string | null;
  chargedKopecks: bigint;
  commissionKopecks: bigint;
  /** What reaches the organisation: charged minus the commission. */
  actualKopecks: bigint;
  refundedKopecks: bigint;
  receiptSentAt: Date | null;
  paidAt: Date | null;
  paidOn: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const thirdPartySources = ["api", "statement", "registry", "manual"] as const satisfies PaymentSource[];
const itemBank = aliasedTable(bankAccounts, "item_bank");

/** The buildings of a group or quarter, read once and matched on payments.building_id. */
const buildingsWhere = (orgId: string, condition: SQL) =>
  sql`${payments.buildingId} = any(array(select ${buildings.id} from ${buildings} where ${buildings.orgId} = ${orgId} and ${condition}))`;

/** A payment whose items paid an invoice of this type. */
const paidType = (type: InvoiceType) =>
  sql`exists (select 1 from ${paymentItems} where ${paymentItems.paymentId} = ${payments.id} and ${paymentItems.invoiceType} = ${type})`;

/** The legal entity paid: the gateway's for an online payment, the account's for one that arrived booked. */
const legalEntityIs = (id: string) =>
  or(
    sql`${payments.gatewayId} in (select ${paymentGateways.id} from ${paymentGateways} where ${paymentGateways.legalEntityId} = ${id})`,
    sql`${payments.gatewayId} is null and ${payments.accountId} in (select ${personalAccounts.id} from ${personalAccounts} where ${personalAccounts.legalEntityId} = ${id})`,
  );

/** The payment's day in the organisation's time zone, as bounds on created_at (payments_org_created_idx). */
function periodCondition(ctx: StaffContext, { from, to }: PaymentFilters): SQL | undefined {
  return and(
    from ? sql`${payments.createdAt} >= (${from}::date)::timestamp at time zone ${ctx.timezone}` : undefined,
    to ? sql`${payments.createdAt} < (${to}::date + 1)::timestamp at time zone ${ctx.timezone}` : undefined,
  );
}

/** «ID платежа / ФИО плательщика / ЛС» on the online tab; only the id on the third-party one (seed 000 §15). */
function searchCondition(ctx: StaffContext, tab: PaymentTab, q: string): SQL | undefined {
  const id = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(q) ? eq(payments.id, q) : undefined;
  const byId = or(id, eq(payments.providerPaymentId, q), eq(payments.idempotencyKey, q));
  if (tab === "thirdParty") return byId;
  const pattern = containsPattern(q);
  return or(
    byId,
    ilike(payments.payerName, pattern),
    sql`${payments.accountId} in (select ${personalAccounts.id} from ${personalAccounts} where ${personalAccounts.orgId} = ${ctx.orgId} and ${personalAccounts.number} ilike ${pattern})`,
  );
}

function orderBy(params: ListParams): SQL[] {
  const by = params.dir === "desc" ? desc : asc;
  if (params.sort === "amount") return [by(payments.chargedKopecks), by(payments.id)];
  if (params.sort === "updated") return [by(payments.updatedAt), by(payments.id)];
  return [desc(payments.createdAt), desc(payments.id)];
}

/**
 * «Финансы → Платежи» (seed 000 §13, §15) as a ListSource: one tab's payments in the buildings the employee may see.
 * A payment without a building (an unmatched statement line) is shown only to those who see every building.
 */
export function paymentsSource(ctx: StaffContext, tab: PaymentTab, params: ListParams, filters: PaymentFilters = {}): ListSource<PaymentListRow> {
  assertPermission(ctx, "finance.payments.view");
  const where = and(
    eq(payments.orgId, ctx.orgId),
    tab === "online" ? eq(payments.source, "online") : and(inArray(payments.source, thirdPartySources), ne(payments.status, "deleted")),
    buildingScope(ctx, payments.buildingId),
    filters.status ? eq(payments.status, filters.status) : undefined,
    filters.invoiceType ? paidType(filters.invoiceType) : undefined,
    filters.legalEntityId ? legalEntityIs(filters.legalEntityId) : undefined,
    filters.groupId ? buildingsWhere(ctx.orgId, eq(buildings.groupId, filters.groupId)) : undefined,
    filters.quarterId ? buildingsWhere(ctx.orgId, eq(buildings.quarterId, filters.quarterId)) : undefined,
    filters.buildingId ? eq(payments.buildingId, filters.buildingId) : undefined,
    filters.premiseId
      ? sql`${payments.accountId} in (select ${personalAccounts.id} from ${personalAccounts} where ${personalAccounts.premiseId} = ${filters.premiseId})`
      : undefined,
    filters.clientId ? eq(payments.payerClientId, filters.clientId) : undefined,
    filters.gatewayId ? eq(payments.gatewayId, filters.gatewayId) : undefined,
    filters.provider ? eq(payments.provider, filters.provider) : undefined,
    periodCondition(ctx, filters),
    params.q ? searchCondition(ctx, tab, params.q) : undefined,
  );
  // The bank account of the first invoice line paid: where a payment that came without a gateway went.
  const firstLineTariff = sql`(select ${invoiceLines.tariffId} from ${paymentItems} join ${invoiceLines} on ${invoiceLines.id} = ${paymentItems.invoiceLineId}
    where ${paymentItems.paymentId} = ${payments.id} order by ${paymentItems.position} limit 1)`;
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: payments.id }).from(payments).where(where).$dynamic();
      return ordered ? query.orderBy(...orderBy(params)) : query;
    },
    rows: (ids) =>
      ctx.db
        .select({
          id: payments.id,
          source: payments.source,
          status: payments.status,
          providerPaymentId: payments.providerPaymentId,
          provider: payments.provider,
          gatewayName: paymentGateways.name,
          invoiceTypes: sql<InvoiceType[]>`coalesce((select array_agg(t.invoice_type order by t.first) from (select ${paymentItems.invoiceType} as invoice_type, min(${paymentItems.position}) as first
            from ${paymentItems} where ${paymentItems.paymentId} = ${payments.id} and ${isNotNull(paymentItems.invoiceType)} group by 1) t), '{}')`,
          bankName: sql<string | null>`coalesce(${bankAccounts.bankName}, ${itemBank.bankName})`,
          settlementAccount: sql<string | null>`coalesce(${bankAccounts.settlementAccount}, ${itemBank.settlementAccount})`,
          payerName: sql<string | null>`coalesce(${payments.payerName}, nullif(concat_ws(' ', ${clients.lastName}, ${clients.firstName}, ${clients.middleName}), ''))`,
          accountId: payments.accountId,
          accountNumber: personalAccounts.number,
          buildingAddress: buildings.address,
          premiseType: premises.type,
          premiseNumber: premises.number,
          chargedKopecks: payments.chargedKopecks,
          commissionKopecks: payments.commissionKopecks,
          actualKopecks: sql<bigint>`${payments.chargedKopecks} - ${payments.commissionKopecks}`.mapWith((v) => BigInt(v)),
          refundedKopecks: payments.refundedKopecks,
          receiptSentAt: payments.receiptSentAt,
          paidAt: payments.paidAt,
          paidOn: payments.paidOn,
          createdAt: payments.createdAt,
          updatedAt: payments.updatedAt,
        })
        .from(payments)
        .leftJoin(paymentGateways, eq(paymentGateways.id, payments.gatewayId))
        .leftJoin(bankAccounts, eq(bankAccounts.id, paymentGateways.bankAccountId))
        .leftJoin(tariffs, eq(tariffs.id, firstLineTariff))
        .leftJoin(itemBank, eq(itemBank.id, tariffs.bankAccountId))
        .leftJoin(clients, eq(clients.id, payments.payerClientId))
        .leftJoin(personalAccounts, eq(personalAccounts.id, payments.accountId))
        .leftJoin(premises, eq(premises.id, personalAccounts.premiseId))
        .leftJoin(buildings, eq(buildings.id, premises.buildingId))
        .where(and(eq(payments.orgId, ctx.orgId), inArray(payments.id, ids))),
    id: (row) => row.id,
  };
}

/** One page of a «Платежи» tab, searched, filtered, sorted and paged as the table asks, with the page's items. */
export async function listPayments(
  ctx: StaffContext,
  tab: PaymentTab,
  params: ListParams,
  filters: PaymentFilters = {},
): Promise<Page<PaymentListRow> & { items: PaymentItemDetail[] }> {
  const page = await listPage(ctx.db, paymentsSource(ctx, tab, params, filters), params);
  return { ...page, items: await paymentItemsOf(ctx.db, ctx.orgId, page.rows.map((r) => r.id)) };
}
