import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { clientSearchText } from "@/lib/registry/clients/client-name";
import { recordClientPhone } from "@/lib/registry/clients/client-phone";
import type { Actor } from "@/lib/core/context";

type Person = { lastName: string; firstName: string; middleName?: string; phone: string };
type Scope = { orgId: string; actor: Actor; ip?: string | null };

/**
 * The organisation's active client with this phone, or a new one. An existing client keeps the name staff entered:
 * a resident adding a relative does not get to rename a client of the organisation.
 */
export async function findOrCreateMemberClient(tx: Db, scope: Scope, person: Person): Promise<{ id: string; created: boolean }> {
  const [existing] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.orgId, scope.orgId), eq(clients.phone, person.phone), isNull(clients.archivedAt)))
    .limit(1);
  if (existing) return { id: existing.id, created: false };
  const values = {
    orgId: scope.orgId,
    type: "individual" as const,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName ?? null,
    phone: person.phone,
    searchText: clientSearchText({ ...person, middleName: person.middleName ?? null }),
  };
  const [row] = await tx.insert(clients).values(values).returning({ id: clients.id });
  if (!row) throw new Error("client insert returned no row");
  await recordClientPhone(tx, scope.orgId, row.id, person.phone);
  await writeAudit(tx, scope, { action: "client.created", entityType: "client", entityId: row.id, after: values });
  return { id: row.id, created: true };
}
