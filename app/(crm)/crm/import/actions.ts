"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { commitImport } from "@/lib/exchange/commit-import";
import { importCommitSchema } from "@/lib/exchange/import-schema";

// Step one, the file itself, goes to the route handler /crm/uploads/import: files do not go through actions (1 MB).

/** Step two: the user confirmed the preview; it is applied in one transaction (commitImport checks the kind's permissions). */
export const commitImportAction = staffAction(null, importCommitSchema, async (ctx, input) => {
  const result = await commitImport(ctx, input);
  revalidatePath("/crm/import");
  revalidatePath("/crm/premises");
  revalidatePath("/crm/clients");
  return result;
});
