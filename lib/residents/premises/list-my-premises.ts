import { and, asc, count, eq, inArray, isNull, ne } from "drizzle-orm";
import type { LinkBasis, PremiseType } from "@/db/schema";
import { buildings, meters, organisations, premiseClients, premises } from "@/db/schema";
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
  /** Meters in service: the home page offers «Передать показания» only where there is something to read. */
  meters: number;
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
  const ids = rows.map((r) => r.id);
  const [accounts, meterCounts] = await Promise.all([
    visibleAccounts(ctx.db, ids),
    ids.length
      ? ctx.db
          .select({ premiseId: meters.premiseId, n: count() })
          .from(meters)
          .where(and(inArray(meters.premiseId, ids), ne(meters.status, "decommissioned")))
          .groupBy(meters.premiseId)
      : [],
  ]);
  return rows.map(({ number, buildingAddress, ...row }) => ({
    ...row,
    address: formatPremiseAddress(buildingAddress, { type: row.type, number }),
    accounts: accounts.filter((a) => a.premiseId === row.id),
    meters: meterCounts.find((m) => m.premiseId === row.id)?.n ?? 0,
  }));
}
