import { and, eq, isNull } from "drizzle-orm";
import { premiseClients } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError, forbidden } from "@/lib/core/errors";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import { findMyPremiseLink } from "../premises/my-premise-link";
import { residentAuditScope, type ResidentContext } from "../resident-context";
import { findOrCreateMemberClient } from "./find-or-create-member-client";
import { basesYouCanAdd } from "./member-rights";
import type { AddMemberData } from "./member-schema";

const alreadyLinked = () => new AppError("CONFLICT", "Этот человек уже добавлен к помещению", { phone: ["Уже добавлен к помещению"] });

/** An owner gives a relative, tenant or representative access to the premise. */
export async function addPremiseMember(ctx: ResidentContext, data: AddMemberData): Promise<{ linkId: string }> {
  const mine = await findMyPremiseLink(ctx, data.premiseId);
  const allowed = basesYouCanAdd(mine.link.basis);
  if (!allowed.includes(data.basis)) {
    throw forbidden(
      mine.link.basis === "unconfirmed_owner"
        ? "Давать доступ к помещению можно после того, как управляющая организация подтвердит, что вы собственник"
        : "Добавлять жителей может только собственник помещения",
    );
  }
  const scope = residentAuditScope(ctx, mine.client);
  const { orgId } = mine.premise;
  try {
    return await ctx.db.transaction(async (tx) => {
      const member = await findOrCreateMemberClient(tx, scope, data);
      const [linked] = await tx
        .select({ id: premiseClients.id })
        .from(premiseClients)
        .where(and(eq(premiseClients.premiseId, data.premiseId), eq(premiseClients.clientId, member.id), isNull(premiseClients.removedAt)));
      if (linked) throw alreadyLinked();
      const values = {
        orgId,
        premiseId: data.premiseId,
        clientId: member.id,
        basis: data.basis,
        dependsOnClientId: mine.client.id,
        addedBy: "resident" as const,
      };
      const [link] = await tx.insert(premiseClients).values(values).returning({ id: premiseClients.id });
      if (!link) throw new Error("link insert returned no row");
      await writeAudit(tx, scope, { action: "premise_client.linked", entityType: "premise_client", entityId: link.id, after: values });
      await recordActivity(tx, {
        orgId,
        premiseId: data.premiseId,
        clientId: member.id,
        type: "registry",
        subject: `${data.lastName} ${data.firstName} добавлен(а) жителем из кабинета: ${linkBasisLabels[data.basis].toLowerCase()}`,
      });
      return { linkId: link.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "premise_clients_active_uq")) throw alreadyLinked();
    throw error;
  }
}
