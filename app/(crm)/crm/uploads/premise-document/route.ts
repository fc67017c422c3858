import { revalidatePath } from "next/cache";
import { uploadRoute } from "@/app/_server/upload-route";
import { fileRuleMessages, MAX_DOCUMENT_BYTES } from "@/lib/files/file-rules";
import { documentUploadSchema } from "@/lib/registry/documents/document-schema";
import { uploadDocument } from "@/lib/registry/documents/upload-document";

/** A new document of a premise, its file streamed to storage. */
export const POST = uploadRoute(
  "registry.premises.edit",
  documentUploadSchema,
  { maxBytes: MAX_DOCUMENT_BYTES, tooLarge: fileRuleMessages.documentTooLarge },
  async (ctx, fields, file) => {
    const document = await uploadDocument(ctx, fields, file);
    revalidatePath("/crm/premises", "layout");
    return { id: document.id };
  },
);
