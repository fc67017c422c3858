import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, clientExternalIds, clients, clientTags, pdConsents, premiseClients, registrationRequests } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";

/**
 * Merges a duplicate into the surviving client (rule 2d of seed 002 §1): its premise links, external ids, tags,
 * activity, registration requests and consents move over, and the duplicate is archived. A link to a premise the
 * survivor already has is ended instead of duplicated. Call inside the caller's transaction.
 */
export async function absorbClient(tx: Db, ctx: StaffContext, survivorId: string, absorbedId: string): Promise<void> {
  const org = ctx.orgId;
  const survivorPremises = tx
    .select({ premiseId: premiseClients.premiseId })
    .from(premiseClients)
    .where(and(eq(premiseClients.orgId, org), eq(premiseClients.clientId, survivorId), isNull(premiseClients.removedAt)));
  const duplicateLinks = await tx
    .update(premiseClients)
    .set({ removedAt: new Date() })
    .where(
      and(
        eq(premiseClients.orgId, org),
        eq(premiseClients.clientId, absorbedId),
        isNull(premiseClients.removedAt),
        inArray(premiseClients.premiseId, survivorPremises),
      ),
    )
    .returning({ id: premiseClients.id });
  const movedLinks = await tx
    .update(premiseClients)
    .set({ clientId: survivorId })
    .where(and(eq(premiseClients.orgId, org), eq(premiseClients.clientId, absorbedId)))
    .returning({ id: premiseClients.id });
  await tx
    .update(premiseClients)
    .set({ dependsOnClientId: survivorId })
    .where(and(eq(premiseClients.orgId, org), eq(premiseClients.dependsOnClientId, absorbedId)));
  const movedIds = await tx
    .update(clientExternalIds)
    .set({ clientId: survivorId })
    .where(and(eq(clientExternalIds.orgId, org), eq(clientExternalIds.clientId, absorbedId)))
    .returning({ externalId: clientExternalIds.externalId });
  await tx.execute(sql`
    insert into ${clientTags} (client_id, tag_id, org_id)
    select ${survivorId}, tag_id, org_id from ${clientTags} where org_id = ${org} and client_id = ${absorbedId}
    on conflict do nothing`);
  await tx.delete(clientTags).where(and(eq(clientTags.orgId, org), eq(clientTags.clientId, absorbedId)));
  await tx.update(activities).set({ clientId: survivorId }).where(and(eq(activities.orgId, org), eq(activities.clientId, absorbedId)));
  await tx
    .update(registrationRequests)
    .set({ clientId: survivorId })
    .where(and(eq(registrationRequests.orgId, org), eq(registrationRequests.clientId, absorbedId)));
  await tx.update(pdConsents).set({ clientId: survivorId }).where(and(eq(pdConsents.orgId, org), eq(pdConsents.clientId, absorbedId)));
  await tx.update(clients).set({ archivedAt: new Date() }).where(and(eq(clients.id, absorbedId), eq(clients.orgId, org)));

  const details = { survivorId, absorbedId, movedLinks: movedLinks.length, endedDuplicateLinks: duplicateLinks.length, externalIds: movedIds.map((m) => m.externalId) };
  await writeAudit(tx, ctx, { action: "client.merged_into", entityType: "client", entityId: absorbedId, after: details });
  await writeAudit(tx, ctx, { action: "client.merged", entityType: "client", entityId: survivorId, after: details });
}
