"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { commitImport } from "@/lib/exchange/commit-import";
import { importCommitSchema, importUploadSchema } from "@/lib/exchange/import-schema";
import { previewImport } from "@/lib/exchange/preview-import";

/** Step one: the uploaded file (FormData) is checked and planned; nothing in the registry changes yet. */
export const previewImportAction = staffAction("registry.premises.edit", importUploadSchema, async (ctx, input) => {
  const check = await previewImport(ctx, input);
  // A rejected file is logged, so the log below the form has a new row.
  if (check.status === "rejected") revalidatePath("/crm/import");
  return check;
});

/** Step two: the user confirmed the preview; it is applied in one transaction. */
export const commitImportAction = staffAction("registry.premises.edit", importCommitSchema, async (ctx, input) => {
  const result = await commitImport(ctx, input);
  revalidatePath("/crm/import");
  revalidatePath("/crm/premises");
  revalidatePath("/crm/clients");
  return result;
});
