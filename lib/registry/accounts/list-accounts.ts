import { and, asc, count, desc, eq, exists, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { buildings, clients, legalEntities, personalAccounts, premiseClients, premises, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { naturalOrder } from "@/lib/registry/premises/natural-order";
import { containsPattern, offsetOf, type ListParams, type Page } from "@/lib/table/list-params";
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
  if (params.sort === "address") {
    const by = params.dir === "desc" ? desc : asc;
    return [...exact, by(buildings.address), ...naturalOrder(premises.number, params.dir), asc(personalAccounts.id)];
  }
  return [...exact, ...naturalOrder(personalAccounts.number, params.dir), asc(personalAccounts.id)];
}

/** «Лицевые счета» (seed 002 §7) across the organisation: the accounts of premises the employee may see. */
export async function listAccounts(ctx: StaffContext, params: ListParams, filters: AccountFilters = {}): Promise<Page<AccountRow>> {
  assertPermission(ctx, "registry.premises.view");
  const where = and(
    eq(personalAccounts.orgId, ctx.orgId),
    buildingScope(ctx, premises.buildingId),
    statusCondition(filters.status),
    filters.groupId ? eq(buildings.groupId, filters.groupId) : undefined,
    filters.buildingId ? eq(premises.buildingId, filters.buildingId) : undefined,
    filters.legalEntityId ? eq(personalAccounts.legalEntityId, filters.legalEntityId) : undefined,
    params.q ? searchCondition(ctx, params.q) : undefined,
  );
  const from = () =>
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
        externalId: personalAccounts.externalId,
        archivedAt: personalAccounts.archivedAt,
        createdAt: personalAccounts.createdAt,
        // Counted in the same pass as the page, as the premises list does.
        total: sql<number>`cast(count(*) over () as integer)`,
      })
      .from(personalAccounts)
      .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
      .innerJoin(buildings, eq(buildings.id, premises.buildingId))
      .leftJoin(legalEntities, eq(legalEntities.id, personalAccounts.legalEntityId));
  const rows = await from().where(where).orderBy(...orderBy(params)).limit(params.size).offset(offsetOf(params));
  const first = rows[0];
  if (first) return { rows, total: first.total };
  if (params.page === 1) return { rows: [], total: 0 };
  const [total] = await ctx.db
    .select({ n: count() })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(where);
  return { rows: [], total: total?.n ?? 0 };
}
