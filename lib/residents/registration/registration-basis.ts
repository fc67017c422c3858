import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, premiseClients } from "@/db/schema";
import { sameSurname } from "./surname-match";

/**
 * Issue #3: the registrant becomes an owner when their surname matches an owner already linked to the premise, or
 * when the premise has no owner yet; otherwise an unconfirmed owner until staff check the registry of owners.
 */
export async function registrationBasis(
  tx: Db,
  { orgId, premiseId, lastName }: { orgId: string; premiseId: string; lastName: string },
): Promise<"owner" | "unconfirmed_owner"> {
  const owners = await tx
    .select({ lastName: clients.lastName })
    .from(premiseClients)
    .innerJoin(clients, eq(clients.id, premiseClients.clientId))
    .where(
      and(
        eq(premiseClients.orgId, orgId),
        eq(premiseClients.premiseId, premiseId),
        eq(premiseClients.basis, "owner"),
        isNull(premiseClients.removedAt),
        isNull(clients.archivedAt),
      ),
    );
  if (owners.length === 0 || owners.some((o) => sameSurname(o.lastName, lastName))) return "owner";
  return "unconfirmed_owner";
}
