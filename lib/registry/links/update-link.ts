import { and, eq, isNull } from "drizzle-orm";
import { premiseClients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { clientNameOf, findLink, linkNotFound } from "./find-link";
import { linkBasisLabels } from "./link-bases";
import { assertDependency, assertNoStrandedDependants } from "./link-rules";
import type { LinkUpdateData } from "./link-schema";

/** Changes a link's basis, dependency, documents and options; a basis change must not strand dependants. */
export async function updateLink(ctx: StaffContext, { linkId, ...fields }: LinkUpdateData) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    const { premiseId } = await findLink(tx, ctx, linkId);
    await findPremise(tx, ctx, premiseId, { lock: true, active: true });
    const before = await findLink(tx, ctx, linkId);
    const scope = { orgId: ctx.orgId, premiseId, clientId: before.clientId };
    if (fields.basis !== before.basis) await assertNoStrandedDependants(tx, { ...scope, basis: before.basis }, fields.basis);
    await assertDependency(tx, { ...scope, ...fields });
    const [after] = await tx
      .update(premiseClients)
      .set(fields)
      .where(and(eq(premiseClients.id, linkId), eq(premiseClients.orgId, ctx.orgId), isNull(premiseClients.removedAt)))
      .returning();
    if (!after) throw linkNotFound();
    await writeAudit(tx, ctx, { action: "premise_client.updated", entityType: "premise_client", entityId: linkId, before, after });
    if (after.basis !== before.basis) {
      await recordActivity(tx, {
        orgId: ctx.orgId,
        premiseId,
        clientId: after.clientId,
        type: "registry",
        subject: `${await clientNameOf(tx, ctx.orgId, after.clientId)}: основание изменено на «${linkBasisLabels[after.basis].toLowerCase()}»`,
      });
    }
    return after;
  });
}
