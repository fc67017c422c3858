import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, premiseClients, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { buildingScope } from "@/lib/org/building-scope";
import { formatClientName } from "@/lib/registry/clients/client-name";

export const linkNotFound = () => new AppError("NOT_FOUND", "Связь клиента с помещением не найдена");

/** A current (not removed) link of the caller's organisation whose premise is in their building scope. */
export async function findLink(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, linkId: string) {
  const [row] = await db
    .select({ link: premiseClients })
    .from(premiseClients)
    .innerJoin(premises, eq(premises.id, premiseClients.premiseId))
    .where(and(eq(premiseClients.id, linkId), eq(premiseClients.orgId, ctx.orgId), isNull(premiseClients.removedAt), buildingScope(ctx, premises.buildingId)));
  if (!row) throw linkNotFound();
  return row.link;
}

/** A client of the organisation that is not archived, with what its messages need. */
export async function findActiveClient(db: Db, orgId: string, clientId: string) {
  const [client] = await db
    .select({ id: clients.id, lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.orgId, orgId), isNull(clients.archivedAt)));
  if (!client) throw new AppError("NOT_FOUND", "Клиент не найден");
  return client;
}

/** The client's name for timeline messages, archived or not. */
export async function clientNameOf(db: Db, orgId: string, clientId: string): Promise<string> {
  const [client] = await db
    .select({ lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.orgId, orgId)));
  return client ? formatClientName(client) : "Клиент";
}
