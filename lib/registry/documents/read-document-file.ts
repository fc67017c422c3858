import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { readDocument } from "@/lib/files/file-store";
import { findDocument } from "./find-document";

/** The file of a document for download, after checking the document is the caller's organisation's. */
export async function readDocumentFile(ctx: StaffContext, id: string) {
  assertPermission(ctx, "registry.premises.view");
  const document = await findDocument(ctx.db, ctx, id);
  return { bytes: await readDocument(ctx.orgId, document.fileKey), fileName: document.fileName, contentType: document.contentType };
}
