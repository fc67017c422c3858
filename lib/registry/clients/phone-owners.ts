import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientPhoneHistory, clients } from "@/db/schema";

/** Whether an active client of another organisation has this phone (merge rule 2c of seed 002 §1). */
export async function phoneUsedInOtherOrg(tx: Db, orgId: string, phone: string): Promise<boolean> {
  const rows = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.phone, phone), ne(clients.orgId, orgId), isNull(clients.archivedAt)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Clients of this organisation other than `exceptId` who have this phone now or had it before (client_phone_history),
 * archived ones included: the candidates of merge rules 2b and 2d.
 */
export async function otherClientsWithPhone(tx: Db, orgId: string, phone: string, exceptId: string) {
  const formerHolders = tx
    .select({ id: clientPhoneHistory.clientId })
    .from(clientPhoneHistory)
    .where(and(eq(clientPhoneHistory.orgId, orgId), eq(clientPhoneHistory.phone, phone)));
  return tx
    .select({ id: clients.id, phone: clients.phone, firstLoginAt: clients.firstLoginAt, archivedAt: clients.archivedAt })
    .from(clients)
    .where(and(eq(clients.orgId, orgId), ne(clients.id, exceptId), or(eq(clients.phone, phone), inArray(clients.id, formerHolders))))
    .for("update");
}
