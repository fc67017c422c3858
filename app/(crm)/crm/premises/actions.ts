"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { archivePremise } from "@/lib/registry/premises/archive-premise";
import { createPremise } from "@/lib/registry/premises/create-premise";
import { premiseIdSchema, premiseSchema, premiseUpdateSchema } from "@/lib/registry/premises/premise-schema";
import { restorePremise } from "@/lib/registry/premises/restore-premise";
import { updatePremise } from "@/lib/registry/premises/update-premise";

export const createPremiseAction = staffAction("registry.premises.edit", premiseSchema, async (ctx, input) => {
  const premise = await createPremise(ctx, input);
  revalidatePath("/crm/premises");
  return { id: premise.id };
});

export const updatePremiseAction = staffAction("registry.premises.edit", premiseUpdateSchema, async (ctx, input) => {
  await updatePremise(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return { id: input.id };
});

export const archivePremiseAction = staffAction("registry.premises.edit", premiseIdSchema, async (ctx, input) => {
  const result = await archivePremise(ctx, input);
  revalidatePath("/crm/premises", "layout");
  revalidatePath("/crm/clients", "layout");
  return result;
});

export const restorePremiseAction = staffAction("registry.premises.edit", premiseIdSchema, async (ctx, input) => {
  const result = await restorePremise(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return result;
});
