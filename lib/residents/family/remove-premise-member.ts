import { and, eq, isNull } from "drizzle-orm";
import { premiseClients } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError, forbidden } from "@/lib/core/errors";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { clientNameOf } from "@/lib/registry/links/find-link";
import { findMyPremiseLink } from "../premises/my-premise-link";
import { residentAuditScope, type ResidentContext } from "../resident-context";
import { removalRefusal } from "./member-rights";
import type { RemoveMemberData } from "./member-schema";

/** Ends a link the resident made; the link row stays (removedAt) for the history. */
export async function removePremiseMember(ctx: ResidentContext, data: RemoveMemberData): Promise<void> {
  const mine = await findMyPremiseLink(ctx, data.premiseId);
  await ctx.db.transaction(async (tx) => {
    const [link] = await tx
      .select()
      .from(premiseClients)
      .where(
        and(
          eq(premiseClients.id, data.linkId),
          eq(premiseClients.premiseId, data.premiseId),
          eq(premiseClients.orgId, mine.premise.orgId),
          isNull(premiseClients.removedAt),
        ),
      )
      .for("update");
    if (!link) throw new AppError("NOT_FOUND", "Житель не найден");
    const refusal = removalRefusal({ clientId: mine.client.id, basis: mine.link.basis }, link);
    if (refusal) throw forbidden(refusal);
    const removedAt = new Date();
    await tx.update(premiseClients).set({ removedAt }).where(eq(premiseClients.id, link.id));
    await writeAudit(tx, residentAuditScope(ctx, mine.client), {
      action: "premise_client.unlinked",
      entityType: "premise_client",
      entityId: link.id,
      before: link,
      after: { removedAt },
    });
    await recordActivity(tx, {
      orgId: link.orgId,
      premiseId: link.premiseId,
      clientId: link.clientId,
      type: "registry",
      subject: `${await clientNameOf(tx, link.orgId, link.clientId)} откреплён(а) от помещения жителем из кабинета`,
    });
  });
}
