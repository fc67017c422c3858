import { and, eq, isNotNull, isNull, or } from "drizzle-orm";
import { buildings, clients, legalEntities, personalAccounts, premiseClients, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";

/**
 * What an import is matched against, read in a few set-based queries: the buildings the employee may touch and
 * the organisation's premises (active ones, and archived ones still holding an external id), accounts, legal
 * entities, clients and links.
 */
export async function loadRegistrySnapshot(ctx: StaffContext) {
  const org = ctx.orgId;
  const [buildingRows, premiseRows, accountRows, entityRows, clientRows, linkRows] = await Promise.all([
    ctx.db
      .select({ id: buildings.id, address: buildings.address, city: buildings.city, street: buildings.street, house: buildings.house, block: buildings.block, structure: buildings.structure, externalId: buildings.externalId })
      .from(buildings)
      .where(and(eq(buildings.orgId, org), isNull(buildings.archivedAt), buildingScope(ctx, buildings.id))),
    ctx.db
      .select({
        id: premises.id,
        buildingId: premises.buildingId,
        type: premises.type,
        number: premises.number,
        entrance: premises.entrance,
        floor: premises.floor,
        totalArea: premises.totalArea,
        livingArea: premises.livingArea,
        rooms: premises.rooms,
        externalId: premises.externalId,
        archivedAt: premises.archivedAt,
      })
      .from(premises)
      .where(and(eq(premises.orgId, org), or(isNull(premises.archivedAt), isNotNull(premises.externalId)))),
    ctx.db
      .select({ id: personalAccounts.id, premiseId: personalAccounts.premiseId, number: personalAccounts.number, els: personalAccounts.els, legalEntityId: personalAccounts.legalEntityId })
      .from(personalAccounts)
      .where(and(eq(personalAccounts.orgId, org), isNull(personalAccounts.archivedAt))),
    ctx.db
      .select({ id: legalEntities.id, inn: legalEntities.inn })
      .from(legalEntities)
      .where(and(eq(legalEntities.orgId, org), isNull(legalEntities.archivedAt))),
    ctx.db
      .select({ id: clients.id, type: clients.type, lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName, phone: clients.phone, email: clients.email })
      .from(clients)
      .where(and(eq(clients.orgId, org), isNull(clients.archivedAt))),
    ctx.db
      .select({
        id: premiseClients.id,
        premiseId: premiseClients.premiseId,
        clientId: premiseClients.clientId,
        basis: premiseClients.basis,
        dependsOnClientId: premiseClients.dependsOnClientId,
        ownershipShare: premiseClients.ownershipShare,
        keepOnIntegration: premiseClients.keepOnIntegration,
      })
      .from(premiseClients)
      .where(and(eq(premiseClients.orgId, org), isNull(premiseClients.removedAt))),
  ]);
  return { buildings: buildingRows, premises: premiseRows, accounts: accountRows, legalEntities: entityRows, clients: clientRows, links: linkRows };
}

export type RegistrySnapshot = Awaited<ReturnType<typeof loadRegistrySnapshot>>;
export type SnapshotBuilding = RegistrySnapshot["buildings"][number];
export type SnapshotPremise = RegistrySnapshot["premises"][number];
export type SnapshotAccount = RegistrySnapshot["accounts"][number];
export type SnapshotClient = RegistrySnapshot["clients"][number];
export type SnapshotLink = RegistrySnapshot["links"][number];
