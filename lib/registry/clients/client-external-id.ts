import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientExternalIds, clients } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { formatClientName } from "./client-name";

/** External ids are unique within the organisation: each names one client of one accounting system. */
export async function assertExternalIdFree(tx: Db, orgId: string, externalId: string, exceptRowId?: string): Promise<void> {
  const [taken] = await tx
    .select({ lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName, phone: clients.phone })
    .from(clientExternalIds)
    .innerJoin(clients, eq(clients.id, clientExternalIds.clientId))
    .where(
      and(
        eq(clientExternalIds.orgId, orgId),
        eq(clientExternalIds.externalId, externalId),
        exceptRowId ? ne(clientExternalIds.id, exceptRowId) : undefined,
      ),
    )
    .limit(1);
  if (taken) {
    const message = `Внешний идентификатор «${externalId}» уже используется клиентом: ${formatClientName(taken)}`;
    throw new AppError("CONFLICT", message, { externalId: [message] });
  }
}
