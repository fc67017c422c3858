import { and, asc, eq, exists, isNull, ne, sql } from "drizzle-orm";
import { buildings, clients, meters, premiseClients, premises, personalAccounts, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { exactPremiseMatch, premiseSearchCondition } from "@/lib/registry/premises/premise-search-condition";

export type PremiseForReadings = { id: string; address: string; accounts: string | null; owners: string | null };

const accountsOf = sql<string | null>`(select string_agg(${personalAccounts.number}, ', ' order by ${personalAccounts.number}) from ${personalAccounts}
  where ${personalAccounts.premiseId} = ${premises.id} and ${personalAccounts.archivedAt} is null)`;
const ownersOf = sql<string | null>`(select string_agg(concat_ws(' ', ${clients.lastName}, ${clients.firstName}), ', ' order by ${clients.lastName})
  from ${premiseClients} inner join ${clients} on ${clients.id} = ${premiseClients.clientId}
  where ${premiseClients.premiseId} = ${premises.id} and ${premiseClients.removedAt} is null and ${premiseClients.basis} = 'owner')`;

/**
 * «Ввод показаний»: the premises a search names — an address («Ленина 5 12»), an account number or ЕЛС, an owner's
 * surname — by the premises list's own search, among active premises of the employee's buildings that have a meter.
 */
export async function findPremisesForReadings(ctx: StaffContext, text: string, limit = 10): Promise<PremiseForReadings[]> {
  assertPermission(ctx, "finance.readings.view");
  const exact = exactPremiseMatch(ctx.orgId, text);
  const hasMeter = ctx.db
    .select({ one: meters.id })
    .from(meters)
    .where(and(eq(meters.premiseId, premises.id), ne(meters.status, "decommissioned")));
  const rows = await ctx.db
    .select({ id: premises.id, type: premises.type, number: premises.number, address: buildings.address, accounts: accountsOf, owners: ownersOf })
    .from(premises)
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(and(eq(premises.orgId, ctx.orgId), isNull(premises.archivedAt), buildingScope(ctx, premises.buildingId), premiseSearchCondition(ctx.orgId, text), exists(hasMeter)))
    .orderBy(...(exact ? [sql`(${exact}) desc`] : []), asc(premises.sortKey), asc(premises.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, address: formatPremiseAddress(r.address, { type: r.type as PremiseType, number: r.number }), accounts: r.accounts, owners: r.owners }));
}
