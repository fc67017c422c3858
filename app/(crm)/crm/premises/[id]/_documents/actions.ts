"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { archiveDocument } from "@/lib/registry/documents/archive-document";
import { documentIdSchema, documentUpdateSchema } from "@/lib/registry/documents/document-schema";
import { updateDocument } from "@/lib/registry/documents/update-document";

// A new document's file is sent to the route handler /crm/uploads/premise-document, not through an action (1 MB).

export const updateDocumentAction = staffAction("registry.premises.edit", documentUpdateSchema, async (ctx, input) => {
  await updateDocument(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return { id: input.id };
});

export const archiveDocumentAction = staffAction("registry.premises.edit", documentIdSchema, async (ctx, input) => {
  await archiveDocument(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return { id: input.id };
});
