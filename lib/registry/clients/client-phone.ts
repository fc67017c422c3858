import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientPhoneHistory, clients } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { formatClientName } from "./client-name";

/** A phone is the resident's login, so two active clients of one organisation never share it. */
export async function assertPhoneFree(tx: Db, orgId: string, phone: string | null, exceptClientId?: string): Promise<void> {
  if (!phone) return;
  const [other] = await tx
    .select({ lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName, phone: clients.phone })
    .from(clients)
    .where(
      and(eq(clients.orgId, orgId), eq(clients.phone, phone), isNull(clients.archivedAt), exceptClientId ? ne(clients.id, exceptClientId) : undefined),
    )
    .limit(1);
  if (other) {
    const message = `Телефон уже используется другим клиентом: ${formatClientName(other)}`;
    throw new AppError("CONFLICT", message, { phone: [message] });
  }
}

/** Every number a client has had is kept: the merge rules (seed 002 §1, case 2b) look at former numbers too. */
export async function recordClientPhone(tx: Db, orgId: string, clientId: string, phone: string | null): Promise<void> {
  if (!phone) return;
  await tx.insert(clientPhoneHistory).values({ orgId, clientId, phone }).onConflictDoNothing();
}
