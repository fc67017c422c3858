import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { buildings } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertBuildingInScope } from "@/lib/org/building-scope";
import type { buildingPaymentSettingsSchema } from "./billing-settings-schema";

/** The columns of the «Платежи» section, read for the tab and for the audit row. */
export const paymentSettingColumns = {
  onlinePayment: buildings.onlinePayment,
  arbitraryAmount: buildings.arbitraryAmount,
  acceptWithoutInvoices: buildings.acceptWithoutInvoices,
  insuranceAfterFullRepayment: buildings.insuranceAfterFullRepayment,
  insuranceWithAdvance: buildings.insuranceWithAdvance,
  penaltiesOneLine: buildings.penaltiesOneLine,
};

/** The «Настройки» tab of the building card: how residents of the house may pay (seed 000 §8). */
export async function updateBuildingPaymentSettings(ctx: StaffContext, { buildingId, ...settings }: z.output<typeof buildingPaymentSettingsSchema>) {
  assertPermission(ctx, "finance.tariffs.edit");
  return ctx.db.transaction(async (tx) => {
    const where = and(eq(buildings.id, buildingId), eq(buildings.orgId, ctx.orgId));
    const [before] = await tx.select(paymentSettingColumns).from(buildings).where(where).for("update");
    if (!before) throw notFound("Объект");
    assertBuildingInScope(ctx, buildingId);
    const [after] = await tx.update(buildings).set(settings).where(where).returning(paymentSettingColumns);
    await writeAudit(tx, ctx, { action: "building.payment_settings_updated", entityType: "building", entityId: buildingId, before, after });
    return after;
  });
}
