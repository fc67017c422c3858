import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { buildings, premiseClients, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { formatPremiseAddress } from "@/lib/registry/premise-address";

/** Addresses of the active premises each client is linked to, within the employee's buildings. */
export async function premisesOfClients(ctx: StaffContext, clientIds: string[]): Promise<Map<string, string[]>> {
  const byClient = new Map<string, string[]>();
  if (clientIds.length === 0) return byClient;
  const rows = await ctx.db
    .select({ clientId: premiseClients.clientId, type: premises.type, number: premises.number, address: buildings.address })
    .from(premiseClients)
    .innerJoin(premises, eq(premises.id, premiseClients.premiseId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(
      and(
        eq(premiseClients.orgId, ctx.orgId),
        inArray(premiseClients.clientId, clientIds),
        isNull(premiseClients.removedAt),
        isNull(premises.archivedAt),
        buildingScope(ctx, premises.buildingId),
      ),
    )
    .orderBy(asc(premises.sortKey), asc(premises.id));
  for (const r of rows) byClient.set(r.clientId, [...(byClient.get(r.clientId) ?? []), formatPremiseAddress(r.address, r)]);
  return byClient;
}
