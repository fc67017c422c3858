import { documentUploadSchema } from "@/lib/registry/documents/document-schema";
import { uploadDocument } from "@/lib/registry/documents/upload-document";
import type { OrgFixture } from "./fixtures";

/**
 * What the premises card adds to an organisation's data for cross-tenant tests: a document with a stored file on
 * its premise (the premise, its owner link and account come from seedResidentData).
 */
export async function seedPremiseData(org: OrgFixture, label: string, premiseId: string) {
  const file = new File([`план помещения ${label}`], "plan.txt", { type: "text/plain" });
  const document = await uploadDocument(org.director, documentUploadSchema.parse({ premiseId, title: `План ${label}` }), file);
  return { document };
}
