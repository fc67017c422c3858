"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { buildingCollectionWindowSchema, orgCollectionWindowSchema } from "@/lib/meters/meter-schema";
import { updateCollectionWindow } from "@/lib/meters/update-collection-window";

export const updateOrgCollectionWindowAction = staffAction("settings.manage", orgCollectionWindowSchema, async (ctx, input) => {
  await updateCollectionWindow(ctx, { scope: "organisation", ...input });
  revalidatePath("/crm/settings/meters");
  return { saved: true };
});

export const updateBuildingCollectionWindowAction = staffAction("settings.manage", buildingCollectionWindowSchema, async (ctx, input) => {
  await updateCollectionWindow(ctx, { scope: "building", ...input });
  revalidatePath("/crm/settings/meters");
  revalidatePath(`/crm/buildings/${input.buildingId}`);
  return { saved: true };
});
