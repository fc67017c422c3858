import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { BLOCKED_MESSAGE, type ResidentClient, type ResidentContext } from "./resident-context";

/** Every non-archived client row with this phone, in any organisation. */
export async function findResidentClients(db: Db, phone: string): Promise<ResidentClient[]> {
  const rows = await db
    .select({
      id: clients.id,
      orgId: clients.orgId,
      lastName: clients.lastName,
      firstName: clients.firstName,
      middleName: clients.middleName,
      blockedAt: clients.blockedAt,
    })
    .from(clients)
    .where(and(eq(clients.phone, phone), isNull(clients.archivedAt)));
  return rows.map(({ blockedAt, ...client }) => ({ ...client, blocked: blockedAt !== null }));
}

/**
 * Builds the resident's context from the database on every request, so that archiving or blocking the client
 * takes effect at once, whatever the session cookie says.
 */
export async function loadResidentContext(db: Db, phone: string, ip?: string | null): Promise<ResidentContext> {
  const found = await findResidentClients(db, phone);
  if (found.length === 0) throw new AppError("UNAUTHENTICATED", "Сессия завершена. Войдите снова");
  if (found.every((c) => c.blocked)) throw new AppError("FORBIDDEN", BLOCKED_MESSAGE);
  return { db, phone, clients: found, ip };
}
