import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, premiseClients, type LinkBasis } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { allowedMasters, linkBasisLabels } from "./link-bases";
import { formatClientName } from "@/lib/registry/clients/client-name";

type Link = { orgId: string; premiseId: string; clientId: string; basis: LinkBasis; dependsOnClientId: string | null };

const dependencyError = (message: string) => new AppError("VALIDATION", message, { dependsOnClientId: [message] });

/** A resident, tenant or representative must depend on an owner of the same premise that the basis allows. */
export async function assertDependency(db: Db, link: Link): Promise<void> {
  const allowed = allowedMasters[link.basis];
  if (!allowed.length || !link.dependsOnClientId) return;
  if (link.dependsOnClientId === link.clientId) throw dependencyError("Клиент не может зависеть от самого себя");
  const [master] = await db
    .select({ basis: premiseClients.basis })
    .from(premiseClients)
    .where(
      and(
        eq(premiseClients.orgId, link.orgId),
        eq(premiseClients.premiseId, link.premiseId),
        eq(premiseClients.clientId, link.dependsOnClientId),
        isNull(premiseClients.removedAt),
      ),
    );
  if (!master || !allowed.includes(master.basis)) {
    const whom = allowed.map((b) => linkBasisLabels[b].toLowerCase()).join(" или ");
    throw dependencyError(`${linkBasisLabels[link.basis]} зависит от клиента, закреплённого за этим помещением как ${whom}`);
  }
}

/**
 * Refuses to unlink a client (`newBasis` null) or to change their basis when others of the premise depend on them
 * and would be left depending on no one, or on someone who may not have dependants of their kind.
 */
export async function assertNoStrandedDependants(db: Db, link: Omit<Link, "dependsOnClientId">, newBasis: LinkBasis | null): Promise<void> {
  const dependants = await db
    .select({ basis: premiseClients.basis, lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName })
    .from(premiseClients)
    .innerJoin(clients, eq(clients.id, premiseClients.clientId))
    .where(
      and(
        eq(premiseClients.orgId, link.orgId),
        eq(premiseClients.premiseId, link.premiseId),
        eq(premiseClients.dependsOnClientId, link.clientId),
        isNull(premiseClients.removedAt),
      ),
    );
  const stranded = dependants.filter((d) => newBasis === null || !allowedMasters[d.basis].includes(newBasis));
  if (!stranded.length) return;
  const names = stranded.map((d) => `${formatClientName(d)} (${linkBasisLabels[d.basis].toLowerCase()})`).join(", ");
  const what = newBasis === null ? "открепить клиента" : "изменить основание";
  throw new AppError("CONFLICT", `Нельзя ${what}: от него зависят ${names}. Сначала открепите их или укажите им другого собственника.`);
}
