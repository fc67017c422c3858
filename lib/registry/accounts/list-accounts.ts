import { and, asc, desc, eq, exists, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { buildings, clients, legalEntities, personalAccounts, premiseClients, premises, type PremiseType } from "@/db/schema";
import { accountDebt, debtColumn, debtCondition } from "@/lib/billing/ledger/debt-filter";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
import type { AccountFilters } from "./account-filters";

export type AccountRow = {
  id: string;
  number: string;
  els: string | null;
  premiseId: string;
  premiseType: PremiseType;
  premiseNumber: string;
  buildingAddress: string;
  /** Names of the premise's owners (active «Собственник» links), comma-separated. */
  owners: string | null;
  legalEntityName: string | null;
  hiddenInCabinet: boolean;
  /** The balance (debt positive), null for an employee who may not see money. */
  debtKopecks: bigint | null;
  externalId: string | null;
  archivedAt: Date | null;
  createdAt: Date;
};

const ownerLinks = and(eq(premiseClients.premiseId, premises.id), isNull(premiseClients.removedAt), eq(premiseClients.basis, "owner"));
const ownersOf = sql<string | null>`(select string_agg(concat_ws(' ', ${clients.lastName}, ${clients.firstName}, ${clients.middleName}), ', ' order by ${clients.lastName})
  from ${premiseClients} inner join ${clients} on ${clients.id} = ${premiseClients.clientId} where ${ownerLinks})`;

function statusCondition(status: AccountFilters["status"]): SQL | undefined {
  if (status === "archived") return isNotNull(personalAccounts.archivedAt);
  if (status === "hidden") return and(isNull(personalAccounts.archivedAt), eq(personalAccounts.hiddenInCabinet, true));
  return isNull(personalAccounts.archivedAt);
}

/** A number or ЕЛС (in part), an owner's name or phone, or the building's address. */
function searchCondition(ctx: StaffContext, q: string): SQL | undefined {
  const pattern = containsPattern(q);
  const owner = ctx.db
    .select({ one: premiseClients.id })
    .from(premiseClients)
    .innerJoin(clients, eq(clients.id, premiseClients.clientId))
    .where(and(ownerLinks, sql`${clients.searchText} like ${containsPattern(q.toLowerCase())}`));
  return or(ilike(personalAccounts.number, pattern), ilike(personalAccounts.els, pattern), ilike(buildings.address, pattern), exists(owner));
}

function orderBy(params: ListParams): SQL[] {
  // The account the person typed exactly comes first, before the partial matches.
  // "is true": an account without ЕЛС compares to null, which would sort first in descending order.
  const exact = params.q ? [sql`(${personalAccounts.number} = ${params.q} or upper(${personalAccounts.els}) = upper(${params.q})) is true desc`] : [];
  const by = params.dir === "desc" ? desc : asc;
  // By address: the premise's stored natural sort key; by number: the same natural comparison (2 < 10) of the number.
  if (params.sort === "address") return [...exact, by(premises.sortKey), by(personalAccounts.id)];
  return [...exact, by(sql`natural_sort_text(${personalAccounts.number})`), by(personalAccounts.id)];
}

/** «Лицевые счета» (seed 002 §7) as a ListSource: the accounts of premises the employee may see. */
export function accountsSource(ctx: StaffContext, params: ListParams, filters: AccountFilters = {}): ListSource<AccountRow> {
  assertPermission(ctx, "registry.premises.view");
  const where = and(
    eq(personalAccounts.orgId, ctx.orgId),
    buildingScope(ctx, premises.buildingId),
    statusCondition(filters.status),
    filters.groupId ? eq(buildings.groupId, filters.groupId) : undefined,
    filters.buildingId ? eq(premises.buildingId, filters.buildingId) : undefined,
    filters.legalEntityId ? eq(personalAccounts.legalEntityId, filters.legalEntityId) : undefined,
    // Never the walk: the list's order is a computed sort key with no index to walk, so the page sorts what matches.
    debtCondition(ctx, accountDebt, personalAccounts.id, filters.debt, false),
    params.q ? searchCondition(ctx, params.q) : undefined,
  );
  return {
    ids: (ordered) => {
      const query = ctx.db
        .select({ id: personalAccounts.id })
        .from(personalAccounts)
        .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
        .innerJoin(buildings, eq(buildings.id, premises.buildingId))
        .where(where)
        .$dynamic();
      return ordered ? query.orderBy(...orderBy(params)) : query;
    },
    rows: (ids) =>
      ctx.db
        .select({
          id: personalAccounts.id,
          number: personalAccounts.number,
          els: personalAccounts.els,
          premiseId: premises.id,
          premiseType: premises.type,
          premiseNumber: premises.number,
          buildingAddress: buildings.address,
          owners: ownersOf,
          legalEntityName: legalEntities.name,
          hiddenInCabinet: personalAccounts.hiddenInCabinet,
          debtKopecks: debtColumn(ctx, accountDebt, personalAccounts.id),
          externalId: personalAccounts.externalId,
          archivedAt: personalAccounts.archivedAt,
          createdAt: personalAccounts.createdAt,
        })
        .from(personalAccounts)
        .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
        .innerJoin(buildings, eq(buildings.id, premises.buildingId))
        .leftJoin(legalEntities, eq(legalEntities.id, personalAccounts.legalEntityId))
        .where(and(eq(personalAccounts.orgId, ctx.orgId), inArray(personalAccounts.id, ids))),
    id: (row) => row.id,
  };
}

/** One page of «Лицевые счета», filtered and paged as the table asks. */
export async function listAccounts(ctx: StaffContext, params: ListParams, filters: AccountFilters = {}): Promise<Page<AccountRow>> {
  return listPage(ctx.db, accountsSource(ctx, params, filters), params);
}
