import { and, eq } from "drizzle-orm";
import { autopaySettings } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { notFound } from "@/lib/core/errors";
import { residentAuditScope, type ResidentContext } from "../resident-context";
import { findMyPremiseLink } from "../premises/my-premise-link";

/** Switches a premise's autopay off; the setting stays, so switching it on again starts from what it was. */
export async function switchOffMyAutopay(ctx: ResidentContext, premiseId: string): Promise<void> {
  const { client } = await findMyPremiseLink(ctx, premiseId);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(autopaySettings)
      .set({ isActive: false, updatedAt: new Date() })
      .where(and(eq(autopaySettings.clientId, client.id), eq(autopaySettings.premiseId, premiseId), eq(autopaySettings.isActive, true)))
      .returning({ id: autopaySettings.id });
    if (!row) throw notFound("Автоплатёж");
    await writeAudit(tx, residentAuditScope(ctx, client), { action: "autopay.switched_off", entityType: "autopay", entityId: row.id, before: { isActive: true }, after: { isActive: false } });
  });
}
