"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/app/_server/resident-action";
import { autopayPremiseSchema, autopaySettingsSchema } from "@/lib/residents/autopay/autopay-schema";
import { saveMyAutopay } from "@/lib/residents/autopay/save-my-autopay";
import { switchOffMyAutopay } from "@/lib/residents/autopay/switch-off-my-autopay";

export const saveMyAutopayAction = residentAction(autopaySettingsSchema, async (ctx, input) => {
  const result = await saveMyAutopay(ctx, input);
  revalidatePath("/cabinet/autopay");
  return result;
});

export const switchOffMyAutopayAction = residentAction(autopayPremiseSchema, async (ctx, { premiseId }) => {
  await switchOffMyAutopay(ctx, premiseId);
  revalidatePath("/cabinet/autopay");
  return { premiseId };
});
