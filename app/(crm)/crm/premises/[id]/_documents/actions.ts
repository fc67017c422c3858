"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { archiveDocument } from "@/lib/registry/documents/archive-document";
import { documentIdSchema, documentUpdateSchema, documentUploadSchema } from "@/lib/registry/documents/document-schema";
import { updateDocument } from "@/lib/registry/documents/update-document";
import { uploadDocument } from "@/lib/registry/documents/upload-document";

export const uploadDocumentAction = staffAction("registry.premises.edit", documentUploadSchema, async (ctx, input) => {
  const document = await uploadDocument(ctx, input);
  revalidatePath("/crm/premises", "layout");
  return { id: document.id };
});

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
