"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { deleteDirectoryEntry, deleteDirectoryEntrySchema, saveDirectoryEntry, saveDirectoryEntrySchema } from "@/lib/org/building-directories";

// Groups and quarters are filters and choices on the buildings pages too.
const revalidate = () => {
  revalidatePath("/crm/settings/directories");
  revalidatePath("/crm/buildings", "layout");
};

export const saveDirectoryEntryAction = staffAction("settings.manage", saveDirectoryEntrySchema, async (ctx, input) => {
  const entry = await saveDirectoryEntry(ctx, input);
  revalidate();
  return { id: entry.id };
});

export const deleteDirectoryEntryAction = staffAction("settings.manage", deleteDirectoryEntrySchema, async (ctx, input) => {
  await deleteDirectoryEntry(ctx, input);
  revalidate();
  return { id: input.id };
});
