import { and, asc, desc, eq, exists, gt, gte, isNull, lte, sql, type SQL } from "drizzle-orm";
import { accountBalances, buildings, invoices, personalAccounts, premiseClients, premises, type LinkBasis, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { buildingScope } from "@/lib/org/building-scope";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { premiseSearchCondition } from "@/lib/registry/premises/premise-search-condition";
import { type ListParams, type Page } from "@/lib/table/list-params";
import type { DebtorFilters } from "./debtor-filters";

export type DebtorRow = {
  accountId: string;
  accountNumber: string;
  premiseId: string;
  premiseType: PremiseType;
  premiseNumber: string;
  buildingAddress: string;
  /** The premise's clients of one basis (the filtered role, else owners first), comma-separated. */
  clientNames: string | null;
  phone: string | null;
  basis: LinkBasis | null;
  debtKopecks: bigint;
  /** The debt of the filtered invoice type, from the ledger of this account only; null without that filter. */
  typeDebtKopecks: bigint | null;
};

/** Bases in the order the client column prefers them when no role is filtered. */
const basisOrder = sql`array_position(array['owner','unconfirmed_owner','representative','tenant','resident']::text[], pc.basis)`;

/**
 * Whom a debtor's row names (and a reminder reaches): the premise's clients of one basis — the filtered role, else the
 * first present of owner, unconfirmed owner, representative, tenant, resident. A subquery giving that `basis`.
 */
export const contactBasis = (premiseId: SQL, role?: LinkBasis) =>
  sql`(select pc.basis from premise_clients pc where pc.premise_id = ${premiseId} and pc.removed_at is null ${role ? sql`and pc.basis = ${role}` : sql``}
       order by ${basisOrder} limit 1)`;

const activeLink = (basis?: LinkBasis) =>
  and(eq(premiseClients.premiseId, personalAccounts.premiseId), isNull(premiseClients.removedAt), basis ? eq(premiseClients.basis, basis) : undefined);

/**
 * The employee's buildings and the «Дом» filter as the premises they hold, collected into an array first (a
 * building's few thousand premises), which personal_accounts_premise_idx then takes — rather than joining every debtor
 * to its premise and building. Undefined when nothing narrows the place.
 */
function placeCondition(ctx: StaffContext, filters: DebtorFilters): SQL | undefined {
  const place = and(
    buildingScope(ctx, premises.buildingId),
    filters.groupId ? eq(buildings.groupId, filters.groupId) : undefined,
    filters.quarterId ? eq(buildings.quarterId, filters.quarterId) : undefined,
    filters.buildingId ? eq(premises.buildingId, filters.buildingId) : undefined,
  );
  if (!place) return undefined;
  return sql`${personalAccounts.premiseId} = any(array(select ${premises.id} from ${premises} join ${buildings} on ${buildings.id} = ${premises.buildingId}
    where ${premises.orgId} = ${ctx.orgId} and ${place}))`;
}

/**
 * The search box as the premises list reads it (an address, an account number, a client's name or phone): the
 * premises it names are collected into an array first, which the join then matches — never a probe per debtor row.
 */
function searchCondition(orgId: string, q: string): SQL {
  const premise = premiseSearchCondition(orgId, q);
  if (!premise) return sql`false`;
  return sql`${personalAccounts.premiseId} = any(array(select ${premises.id} from ${premises} where ${premises.orgId} = ${orgId} and ${premise}))`;
}

function orderBy(params: ListParams): SQL[] {
  if (params.sort === "account") {
    const by = params.dir === "desc" ? desc : asc;
    return [by(sql`natural_sort_text(${personalAccounts.number})`), by(accountBalances.accountId)];
  }
  // The largest debt first (seed 000 §16), walking account_balances_org_balance_idx backwards.
  const by = params.sort === "debt" && params.dir === "asc" ? asc : desc;
  return [by(accountBalances.balanceKopecks), by(accountBalances.accountId)];
}

/**
 * «Финансы → Должники» (seed 000 §16) as a ListSource: accounts of the employee's buildings whose balance is a debt,
 * read from account_balances (one row per account, kept by the ledger's trigger) — the ledger is never summed for the
 * list. The invoice-type filter keeps accounts with an issued invoice of that type still to be paid.
 */
export function debtorsSource(ctx: StaffContext, params: ListParams, filters: DebtorFilters = {}): ListSource<DebtorRow> {
  assertPermission(ctx, "finance.debtors.view");
  const where = and(
    eq(accountBalances.orgId, ctx.orgId),
    gt(accountBalances.balanceKopecks, 0n),
    filters.minKopecks !== undefined ? gte(accountBalances.balanceKopecks, filters.minKopecks) : undefined,
    filters.maxKopecks !== undefined ? lte(accountBalances.balanceKopecks, filters.maxKopecks) : undefined,
    isNull(personalAccounts.archivedAt),
    placeCondition(ctx, filters),
    filters.role ? exists(ctx.db.select({ one: premiseClients.id }).from(premiseClients).where(activeLink(filters.role))) : undefined,
    filters.invoiceType
      ? exists(
          ctx.db
            .select({ one: invoices.id })
            .from(invoices)
            .where(and(eq(invoices.accountId, personalAccounts.id), eq(invoices.type, filters.invoiceType), eq(invoices.status, "issued"), gt(invoices.totalKopecks, 0n))),
        )
      : undefined,
    params.q ? searchCondition(ctx.orgId, params.q) : undefined,
  );
  return {
    ids: (ordered) => {
      const query = ctx.db
        .select({ id: accountBalances.accountId })
        .from(accountBalances)
        .innerJoin(personalAccounts, eq(personalAccounts.id, accountBalances.accountId))
        .where(where)
        .$dynamic();
      return ordered ? query.orderBy(...orderBy(params)) : query;
    },
    rows: async (ids) => {
      const typeDebt = filters.invoiceType
        ? sql`(select coalesce(sum(e.amount_kopecks), 0) from ledger_entries e where e.org_id = a.org_id and e.account_id = a.id and e.invoice_type = ${filters.invoiceType})::text`
        : sql`null`;
      const rows = await queryRows<{
        account_id: string;
        account_number: string;
        premise_id: string;
        premise_type: PremiseType;
        premise_number: string;
        building_address: string;
        client_names: string | null;
        phone: string | null;
        basis: LinkBasis | null;
        debt: string;
        type_debt: string | null;
      }>(
        ctx.db,
        sql`select a.id as account_id, a.number as account_number, p.id as premise_id, p.type as premise_type, p.number as premise_number,
                   bl.address as building_address, contact.names as client_names, contact.phone, contact.basis, b.balance_kopecks::text as debt,
                   ${typeDebt} as type_debt
            from personal_accounts a
            join account_balances b on b.account_id = a.id
            join premises p on p.id = a.premise_id
            join buildings bl on bl.id = p.building_id
            left join lateral (
              select chosen.basis,
                     string_agg(concat_ws(' ', c.last_name, c.first_name, c.middle_name), ', ' order by c.last_name) as names,
                     (array_agg(c.phone order by c.last_name) filter (where c.phone is not null))[1] as phone
              from ${contactBasis(sql`p.id`, filters.role)} chosen
              join premise_clients pc on pc.premise_id = p.id and pc.removed_at is null and pc.basis = chosen.basis
              join clients c on c.id = pc.client_id
              group by chosen.basis
            ) contact on true
            where a.org_id = ${ctx.orgId} and a.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
      );
      return rows.map((r) => ({
        accountId: r.account_id,
        accountNumber: r.account_number,
        premiseId: r.premise_id,
        premiseType: r.premise_type,
        premiseNumber: r.premise_number,
        buildingAddress: r.building_address,
        clientNames: r.client_names,
        phone: r.phone,
        basis: r.basis,
        debtKopecks: BigInt(r.debt),
        typeDebtKopecks: r.type_debt === null ? null : BigInt(r.type_debt),
      }));
    },
    id: (row) => row.accountId,
  };
}

/** One page of «Должники», searched, filtered, sorted and paged as the table asks. */
export async function listDebtors(ctx: StaffContext, params: ListParams, filters: DebtorFilters = {}): Promise<Page<DebtorRow>> {
  return listPage(ctx.db, debtorsSource(ctx, params, filters), params);
}
