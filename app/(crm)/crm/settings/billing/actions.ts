"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { billingSettingsSchema } from "@/lib/billing/billing-settings-schema";
import { createPenaltyRate } from "@/lib/billing/penalty-rates/create-penalty-rate";
import { deletePenaltyRate } from "@/lib/billing/penalty-rates/delete-penalty-rate";
import { penaltyRateCreateSchema, penaltyRateDeleteSchema } from "@/lib/billing/penalty-rates/penalty-rate-schema";
import { updateBillingSettings } from "@/lib/billing/update-billing-settings";

export const updateBillingSettingsAction = staffAction("settings.manage", billingSettingsSchema, async (ctx, input) => {
  await updateBillingSettings(ctx, input);
  revalidatePath("/crm/settings/billing");
  return { saved: true };
});

export const createPenaltyRateAction = staffAction("settings.manage", penaltyRateCreateSchema, async (ctx, input) => {
  const row = await createPenaltyRate(ctx, input);
  revalidatePath("/crm/settings/billing");
  return { id: row?.id };
});

export const deletePenaltyRateAction = staffAction("settings.manage", penaltyRateDeleteSchema, async (ctx, input) => {
  await deletePenaltyRate(ctx, input);
  revalidatePath("/crm/settings/billing");
  return { id: input.id };
});
