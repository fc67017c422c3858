import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { premiseClients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { clientNameOf, findLink, linkNotFound } from "./find-link";
import { assertNoStrandedDependants } from "./link-rules";
import type { unlinkSchema } from "./link-schema";

/**
 * Ends a link (removedAt; the row stays for history): the client loses access to the premise in the cabinet.
 * Refused while residents, tenants or representatives depend on the client.
 */
export async function unlinkClient(ctx: StaffContext, { linkId }: z.output<typeof unlinkSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    const { premiseId } = await findLink(tx, ctx, linkId);
    await findPremise(tx, ctx, premiseId, { lock: true });
    const before = await findLink(tx, ctx, linkId);
    await assertNoStrandedDependants(tx, { orgId: ctx.orgId, premiseId, clientId: before.clientId, basis: before.basis }, null);
    const [after] = await tx
      .update(premiseClients)
      .set({ removedAt: new Date() })
      .where(and(eq(premiseClients.id, linkId), eq(premiseClients.orgId, ctx.orgId), isNull(premiseClients.removedAt)))
      .returning();
    if (!after) throw linkNotFound();
    await writeAudit(tx, ctx, { action: "premise_client.removed", entityType: "premise_client", entityId: linkId, before, after });
    await recordActivity(tx, {
      orgId: ctx.orgId,
      premiseId,
      clientId: after.clientId,
      type: "registry",
      subject: `${await clientNameOf(tx, ctx.orgId, after.clientId)} откреплён(а) от помещения`,
    });
    return after;
  });
}
