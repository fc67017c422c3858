import { and, eq, isNull } from "drizzle-orm";
import { premiseClients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { formatClientName } from "@/lib/registry/clients/client-name";
import { findActiveClient } from "./find-link";
import { linkBasisLabels } from "./link-bases";
import { assertDependency } from "./link-rules";
import type { LinkData } from "./link-schema";

const alreadyLinked = () => new AppError("CONFLICT", "Клиент уже закреплён за этим помещением");

/** Links a client to a premise as staff (seed 002 §6); the owner cannot remove such a link from the cabinet. */
export async function linkClient(ctx: StaffContext, { premiseId, clientId, ...fields }: LinkData) {
  assertPermission(ctx, "registry.clients.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      // The premise row lock serialises link changes of one premise, so dependency checks see a settled state.
      await findPremise(tx, ctx, premiseId, { lock: true, active: true });
      const client = await findActiveClient(tx, ctx.orgId, clientId);
      const [existing] = await tx
        .select({ id: premiseClients.id })
        .from(premiseClients)
        .where(and(eq(premiseClients.premiseId, premiseId), eq(premiseClients.clientId, clientId), isNull(premiseClients.removedAt)));
      if (existing) throw alreadyLinked();
      await assertDependency(tx, { orgId: ctx.orgId, premiseId, clientId, ...fields });
      const [link] = await tx.insert(premiseClients).values({ orgId: ctx.orgId, premiseId, clientId, ...fields, addedBy: "staff" }).returning();
      if (!link) throw new Error("premise_clients insert returned no row");
      await writeAudit(tx, ctx, { action: "premise_client.linked", entityType: "premise_client", entityId: link.id, after: link });
      await recordActivity(tx, {
        orgId: ctx.orgId,
        premiseId,
        clientId,
        type: "registry",
        subject: `${formatClientName(client)} закреплён(а) за помещением: ${linkBasisLabels[link.basis].toLowerCase()}`,
      });
      return link;
    });
  } catch (error) {
    if (isUniqueViolation(error, "premise_clients_active_uq")) throw alreadyLinked();
    throw error;
  }
}
