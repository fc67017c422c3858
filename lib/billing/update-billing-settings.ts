import { eq } from "drizzle-orm";
import type { z } from "zod";
import { organisations } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import type { billingSettingsSchema } from "./billing-settings-schema";

export const billingSettingColumns = {
  paymentDueDay: organisations.paymentDueDay,
  documentDay: organisations.documentDay,
  penaltyCountsPaymentDay: organisations.penaltyCountsPaymentDay,
  penaltyDueDayOnTime: organisations.penaltyDueDayOnTime,
};

/** The organisation's billing settings («Начисления и пени»): payment deadlines and the two penalty switches. */
export async function billingSettings(ctx: StaffContext) {
  const [row] = await ctx.db.select(billingSettingColumns).from(organisations).where(eq(organisations.id, ctx.orgId));
  if (!row) throw notFound("Организация");
  return row;
}

export async function updateBillingSettings(ctx: StaffContext, settings: z.output<typeof billingSettingsSchema>) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select(billingSettingColumns).from(organisations).where(eq(organisations.id, ctx.orgId)).for("update");
    if (!before) throw notFound("Организация");
    const [after] = await tx.update(organisations).set(settings).where(eq(organisations.id, ctx.orgId)).returning(billingSettingColumns);
    await writeAudit(tx, ctx, { action: "billing_settings.updated", entityType: "organisation", entityId: ctx.orgId, before, after });
    return after;
  });
}
