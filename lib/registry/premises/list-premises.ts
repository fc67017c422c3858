import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { buildings, clients, personalAccounts, premiseClients, premises, premiseTags, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { offsetOf, type ListParams, type Page } from "@/lib/table/list-params";
import { naturalOrder } from "./natural-order";
import type { PremiseFilters } from "./premise-filters";
import { premiseSearchCondition } from "./premise-search-condition";

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
  archivedAt: Date | null;
  createdAt: Date;
};

function filterConditions(ctx: StaffContext, filters: PremiseFilters): (SQL | undefined)[] {
  return [
    eq(premises.orgId, ctx.orgId),
    buildingScope(ctx, premises.buildingId),
    filters.status === "archived" ? isNotNull(premises.archivedAt) : isNull(premises.archivedAt),
    filters.groupId ? eq(buildings.groupId, filters.groupId) : undefined,
    filters.quarterId ? eq(buildings.quarterId, filters.quarterId) : undefined,
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
  ];
}

function orderBy(params: ListParams): SQL[] {
  if (params.sort === "area") {
    return [params.dir === "desc" ? sql`${premises.totalArea} desc nulls last` : sql`${premises.totalArea} asc nulls last`, asc(premises.id)];
  }
  const by = params.dir === "desc" ? desc : asc;
  return [by(buildings.city), by(buildings.street), ...naturalOrder(buildings.house, params.dir), by(buildings.id), ...naturalOrder(premises.number, params.dir), asc(premises.id)];
}

const accountsOf = sql<string | null>`(select string_agg(${personalAccounts.number}, ', ' order by ${personalAccounts.number}) from ${personalAccounts}
  where ${personalAccounts.premiseId} = ${premises.id} and (${personalAccounts.archivedAt} is null or ${personalAccounts.archivedAt} = ${premises.archivedAt}))`;
const clientsOf = sql<string | null>`(select string_agg(concat_ws(' ', ${clients.lastName}, ${clients.firstName}, ${clients.middleName}), ', ' order by ${clients.lastName})
  from ${premiseClients} inner join ${clients} on ${clients.id} = ${premiseClients.clientId}
  where ${premiseClients.premiseId} = ${premises.id} and ${premiseClients.removedAt} is null)`;

/** Premises the employee may see, searched, filtered, sorted and paged as the table asks. */
export async function listPremises(ctx: StaffContext, params: ListParams, filters: PremiseFilters = {}): Promise<Page<PremiseRow>> {
  assertPermission(ctx, "registry.premises.view");
  const where = and(...filterConditions(ctx, filters), params.q ? premiseSearchCondition(ctx.orgId, params.q) : undefined);
  const rows = await ctx.db
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
      archivedAt: premises.archivedAt,
      createdAt: premises.createdAt,
      // Counted in the same pass as the page: a second query would repeat the whole search.
      total: sql<number>`cast(count(*) over () as integer)`,
    })
    .from(premises)
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(where)
    .orderBy(...orderBy(params))
    .limit(params.size)
    .offset(offsetOf(params));
  const first = rows[0];
  if (first) return { rows, total: first.total };
  if (params.page === 1) return { rows: [], total: 0 };
  // A page past the end has no row to carry the total.
  const [total] = await ctx.db.select({ n: count() }).from(premises).innerJoin(buildings, eq(buildings.id, premises.buildingId)).where(where);
  return { rows: [], total: total?.n ?? 0 };
}
