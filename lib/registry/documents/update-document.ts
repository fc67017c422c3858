import { and, eq } from "drizzle-orm";
import { premiseDocuments } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import type { DocumentUpdateData } from "./document-schema";
import { documentNotFound, findDocument } from "./find-document";

/** Title, description and date of a document; the file itself is replaced by uploading a new document. */
export async function updateDocument(ctx: StaffContext, { id, ...data }: DocumentUpdateData) {
  assertPermission(ctx, "registry.premises.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await findDocument(tx, ctx, id);
    const [after] = await tx
      .update(premiseDocuments)
      .set(data)
      .where(and(eq(premiseDocuments.id, id), eq(premiseDocuments.orgId, ctx.orgId)))
      .returning();
    if (!after) throw documentNotFound();
    await writeAudit(tx, ctx, { action: "premise_document.updated", entityType: "premise_document", entityId: id, before, after });
    return after;
  });
}
