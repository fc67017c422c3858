import { and, asc, eq, isNull } from "drizzle-orm";
import { buildings, clients, premiseClients, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { assertOwned } from "@/lib/core/assert-owned";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { linkRowColumns, masterClient } from "./link-columns";

/** The premises a client is currently linked to (within the employee's buildings), with the premise's address. */
export async function listClientLinks(ctx: StaffContext, clientId: string) {
  assertPermission(ctx, "registry.clients.view");
  await assertOwned(ctx.db, ctx.orgId, clients, clientId, "Карточка клиента");
  const rows = await ctx.db
    .select({ ...linkRowColumns, premiseType: premises.type, premiseNumber: premises.number, buildingAddress: buildings.address })
    .from(premiseClients)
    .innerJoin(clients, eq(clients.id, premiseClients.clientId))
    .innerJoin(premises, eq(premises.id, premiseClients.premiseId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .leftJoin(masterClient, eq(masterClient.id, premiseClients.dependsOnClientId))
    .where(
      and(
        eq(premiseClients.orgId, ctx.orgId),
        eq(premiseClients.clientId, clientId),
        isNull(premiseClients.removedAt),
        buildingScope(ctx, premises.buildingId),
      ),
    )
    .orderBy(asc(premises.sortKey), asc(premises.id));
  return rows.map((r) => ({ ...r, premiseAddress: formatPremiseAddress(r.buildingAddress, { type: r.premiseType, number: r.premiseNumber }) }));
}
export type ClientLinkRow = Awaited<ReturnType<typeof listClientLinks>>[number];
