import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { LinkBasis, PremiseType } from "@/db/schema";
import { buildings, organisations, premiseClients, premises } from "@/db/schema";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ResidentContext } from "../resident-context";
import { visibleAccounts, type VisibleAccount } from "./visible-accounts";

export type MyPremise = {
  id: string;
  type: PremiseType;
  address: string;
  orgName: string;
  basis: LinkBasis;
  accounts: VisibleAccount[];
};

/** «Мои помещения»: every premise the resident is linked to, in every organisation that has not blocked them. */
export async function listMyPremises(ctx: ResidentContext): Promise<MyPremise[]> {
  const clientIds = ctx.clients.filter((c) => !c.blocked).map((c) => c.id);
  if (clientIds.length === 0) return [];
  const rows = await ctx.db
    .select({
      id: premises.id,
      type: premises.type,
      number: premises.number,
      buildingAddress: buildings.address,
      orgName: organisations.name,
      basis: premiseClients.basis,
    })
    .from(premiseClients)
    .innerJoin(premises, and(eq(premises.id, premiseClients.premiseId), eq(premises.orgId, premiseClients.orgId)))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .innerJoin(organisations, eq(organisations.id, premises.orgId))
    .where(and(inArray(premiseClients.clientId, clientIds), isNull(premiseClients.removedAt), isNull(premises.archivedAt)))
    .orderBy(asc(organisations.name), asc(premises.sortKey), asc(premises.id));
  const accounts = await visibleAccounts(ctx.db, rows.map((r) => r.id));
  return rows.map(({ number, buildingAddress, ...row }) => ({
    ...row,
    address: formatPremiseAddress(buildingAddress, { type: row.type, number }),
    accounts: accounts.filter((a) => a.premiseId === row.id),
  }));
}
