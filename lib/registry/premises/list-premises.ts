import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { buildings, clients, personalAccounts, premiseClients, premises, premiseTags, type PremiseType } from "@/db/schema";
import { debtColumn, debtCondition, premiseDebt } from "@/lib/billing/ledger/debt-filter";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { listPage, type ListSource } from "@/lib/table/list-page";
import type { ListParams, Page } from "@/lib/table/list-params";
import type { PremiseFilters } from "./premise-filters";
import { exactPremiseMatch, premiseSearchCondition } from "./premise-search-condition";

export type PremiseRow = {
  id: string;
  buildingId: string;
  buildingAddress: string;
  type: PremiseType;
  number: string;
  entrance: string | null;
  floor: string | null;
  totalArea: string | null;
  livingArea: string | null;
  rooms: number | null;
  externalId: string | null;
  /** Account numbers, comma-separated; for an archived premise, the accounts archived with it. */
  accounts: string | null;
  /** Names of the linked clients, comma-separated. */
  clients: string | null;
  /** Σ balances of the active accounts (debt positive), null for an employee who may not see money. */
  debtKopecks: bigint | null;
  archivedAt: Date | null;
  createdAt: Date;
};

/** Buildings of the organisation matching a condition, as an id list for `premises.building_id in (…)`. */
const buildingsWhere = (orgId: string, condition: SQL) =>
  inArray(premises.buildingId, sql`(select ${buildings.id} from ${buildings} where ${buildings.orgId} = ${orgId} and ${condition})`);

// Filters read premises alone (buildings only through an id subquery), so the page's ids come off premises' indexes.
function filterConditions(ctx: StaffContext, filters: PremiseFilters, ordered: boolean): (SQL | undefined)[] {
  return [
    eq(premises.orgId, ctx.orgId),
    buildingScope(ctx, premises.buildingId),
    filters.status === "archived" ? isNotNull(premises.archivedAt) : isNull(premises.archivedAt),
    filters.groupId ? buildingsWhere(ctx.orgId, eq(buildings.groupId, filters.groupId)) : undefined,
    filters.quarterId ? buildingsWhere(ctx.orgId, eq(buildings.quarterId, filters.quarterId)) : undefined,
    filters.buildingId ? eq(premises.buildingId, filters.buildingId) : undefined,
    filters.type ? eq(premises.type, filters.type) : undefined,
    filters.clientId
      ? inArray(
          premises.id,
          sql`(select ${premiseClients.premiseId} from ${premiseClients} where ${premiseClients.orgId} = ${ctx.orgId} and ${premiseClients.clientId} = ${filters.clientId} and ${premiseClients.removedAt} is null)`,
        )
      : undefined,
    filters.tagId
      ? inArray(premises.id, sql`(select ${premiseTags.premiseId} from ${premiseTags} where ${premiseTags.orgId} = ${ctx.orgId} and ${premiseTags.tagId} = ${filters.tagId})`)
      : undefined,
    debtCondition(ctx, premiseDebt, premises.id, filters.debt, ordered),
  ];
}

/**
 * The address order is the stored sort key (city, street, house, building, type group, number — see premises.sortKey),
 * read straight off its index; a search puts exact identifier matches (account number, ЕЛС) first.
 */
function orderBy(ctx: StaffContext, params: ListParams): SQL[] {
  const exact = params.q ? exactPremiseMatch(ctx.orgId, params.q) : undefined;
  const first = exact ? [sql`(${exact}) desc`] : [];
  if (params.sort === "area") {
    return [...first, params.dir === "desc" ? sql`${premises.totalArea} desc nulls last` : sql`${premises.totalArea} asc nulls last`, asc(premises.id)];
  }
  const by = params.dir === "desc" ? desc : asc;
  return [...first, by(premises.sortKey), by(premises.id)];
}

const accountsOf = sql<string | null>`(select string_agg(${personalAccounts.number}, ', ' order by ${personalAccounts.number}) from ${personalAccounts}
  where ${personalAccounts.premiseId} = ${premises.id} and (${personalAccounts.archivedAt} is null or ${personalAccounts.archivedAt} = ${premises.archivedAt}))`;
const clientsOf = sql<string | null>`(select string_agg(concat_ws(' ', ${clients.lastName}, ${clients.firstName}, ${clients.middleName}), ', ' order by ${clients.lastName})
  from ${premiseClients} inner join ${clients} on ${clients.id} = ${premiseClients.clientId}
  where ${premiseClients.premiseId} = ${premises.id} and ${premiseClients.removedAt} is null)`;

/** The premises list as a ListSource: the page, its count and its export all come from it. */
export function premisesSource(ctx: StaffContext, params: ListParams, filters: PremiseFilters = {}): ListSource<PremiseRow> {
  assertPermission(ctx, "registry.premises.view");
  const where = (ordered: boolean) => and(...filterConditions(ctx, filters, ordered), params.q ? premiseSearchCondition(ctx.orgId, params.q) : undefined);
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: premises.id }).from(premises).where(where(ordered)).$dynamic();
      return ordered ? query.orderBy(...orderBy(ctx, params)) : query;
    },
    rows: (ids) =>
      ctx.db
        .select({
          id: premises.id,
          buildingId: premises.buildingId,
          buildingAddress: buildings.address,
          type: premises.type,
          number: premises.number,
          entrance: premises.entrance,
          floor: premises.floor,
          totalArea: premises.totalArea,
          livingArea: premises.livingArea,
          rooms: premises.rooms,
          externalId: premises.externalId,
          accounts: accountsOf,
          clients: clientsOf,
          debtKopecks: debtColumn(ctx, premiseDebt, premises.id),
          archivedAt: premises.archivedAt,
          createdAt: premises.createdAt,
        })
        .from(premises)
        .innerJoin(buildings, eq(buildings.id, premises.buildingId))
        .where(and(eq(premises.orgId, ctx.orgId), inArray(premises.id, ids))),
    id: (row) => row.id,
  };
}

/** Premises the employee may see, searched, filtered, sorted and paged as the table asks. */
export async function listPremises(ctx: StaffContext, params: ListParams, filters: PremiseFilters = {}): Promise<Page<PremiseRow>> {
  return listPage(ctx.db, premisesSource(ctx, params, filters), params);
}
