"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { buildingSchema, buildingUpdateSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { setBuildingArchived, setBuildingArchivedSchema } from "@/lib/org/set-building-archived";
import { updateBuilding } from "@/lib/org/update-building";

export const createBuildingAction = staffAction("settings.manage", buildingSchema, async (ctx, input) => {
  const building = await createBuilding(ctx, input);
  revalidatePath("/crm/buildings");
  return { id: building.id };
});

export const updateBuildingAction = staffAction("settings.manage", buildingUpdateSchema, async (ctx, input) => {
  await updateBuilding(ctx, input);
  revalidatePath("/crm/buildings");
  return { id: input.id };
});

export const setBuildingArchivedAction = staffAction("settings.manage", setBuildingArchivedSchema, async (ctx, input) => {
  await setBuildingArchived(ctx, input);
  revalidatePath("/crm/buildings");
  return { id: input.id };
});
