import { revalidatePath } from "next/cache";
import { uploadRoute } from "@/app/_server/upload-route";
import { importLimitMessages, importLimits } from "@/lib/exchange/import-limits";
import { importFieldsSchema } from "@/lib/exchange/import-schema";
import { previewUploadedImport } from "@/lib/exchange/preview-import";

/** Step one of an import: the file is streamed to storage, checked and planned; nothing in the registry changes yet. */
export const POST = uploadRoute(
  // Any employee: previewUploadedImport checks the permissions of the kind being loaded.
  null,
  importFieldsSchema,
  { maxBytes: importLimits.fileBytes, tooLarge: importLimitMessages.fileBytes },
  async (ctx, fields, file) => {
    const check = await previewUploadedImport(ctx, fields, file);
    // A rejected file is logged, so the log below the form has a new row.
    if (check.status === "rejected") revalidatePath("/crm/import");
    return check;
  },
);
