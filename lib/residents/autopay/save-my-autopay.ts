import { and, eq } from "drizzle-orm";
import { autopaySettings } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/core/errors";
import { residentAuditScope, type ResidentContext } from "../resident-context";
import { findMyPremiseLink } from "../premises/my-premise-link";
import type { AutopaySettingsInput } from "./autopay-schema";
import { savedCardsOf } from "./my-autopay-card";

/**
 * Switches on (or changes) autopay of one of the resident's premises. The premise must be theirs and the card one
 * they saved in that organisation; anything else is «не найдено», so neither ids nor cards can be probed. One setting
 * per resident and premise (autopay_settings_client_premise_uq): saving again changes it.
 */
export async function saveMyAutopay(ctx: ResidentContext, input: AutopaySettingsInput): Promise<{ id: string }> {
  const { client, premise } = await findMyPremiseLink(ctx, input.premiseId);
  const cards = await savedCardsOf(ctx.db, client);
  if (!cards.some((c) => c.id === input.savedMethodId)) throw new AppError("NOT_FOUND", "Карта не найдена — выберите одну из сохранённых");
  const values = {
    invoiceTypes: input.invoiceTypes,
    mode: input.mode,
    daysAfterIssue: input.mode === "after_issue" ? (input.daysAfterIssue ?? 0) : null,
    dayOfMonth: input.mode === "day_of_month" ? (input.dayOfMonth ?? 1) : null,
    monthlyLimitKopecks: input.monthlyLimit,
    savedMethodId: input.savedMethodId,
    email: input.email,
    isActive: true,
  };
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(autopaySettings)
      .where(and(eq(autopaySettings.clientId, client.id), eq(autopaySettings.premiseId, premise.id)));
    const [row] = await tx
      .insert(autopaySettings)
      .values({ orgId: premise.orgId, clientId: client.id, premiseId: premise.id, ...values })
      .onConflictDoUpdate({ target: [autopaySettings.clientId, autopaySettings.premiseId], set: { ...values, updatedAt: new Date() } })
      .returning({ id: autopaySettings.id });
    await writeAudit(tx, residentAuditScope(ctx, client), {
      action: "autopay.saved",
      entityType: "autopay",
      entityId: row!.id,
      before: before ?? undefined,
      after: { ...values, premiseId: premise.id },
    });
    return { id: row!.id };
  });
}
