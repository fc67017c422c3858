import { premiseDocuments } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { storeDocument } from "@/lib/files/file-store";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { findPremise } from "@/lib/registry/premises/find-premise";
import type { UploadBody } from "@/lib/storage/storage";
import type { DocumentUploadData } from "./document-schema";

/**
 * Attaches a file to a premise (seed 002 §8). The premise is checked before anything is written to storage; the
 * stored type is the one the bytes show, not the one the browser declared.
 */
export async function uploadDocument(ctx: StaffContext, data: DocumentUploadData, file: UploadBody) {
  assertPermission(ctx, "registry.premises.edit");
  await findPremise(ctx.db, ctx, data.premiseId, { active: true });
  const stored = await storeDocument(ctx.orgId, file);
  return ctx.db.transaction(async (tx) => {
    await findPremise(tx, ctx, data.premiseId, { active: true });
    const [row] = await tx
      .insert(premiseDocuments)
      .values({
        ...data,
        orgId: ctx.orgId,
        fileKey: stored.key,
        fileName: file.name.slice(0, 255) || "document",
        contentType: stored.contentType,
        size: stored.size,
      })
      .returning();
    if (!row) throw new Error("premise document insert returned no row");
    await writeAudit(tx, ctx, { action: "premise_document.uploaded", entityType: "premise_document", entityId: row.id, after: row });
    await recordActivity(tx, { orgId: ctx.orgId, premiseId: data.premiseId, type: "registry", subject: `Добавлен документ «${row.title}»` });
    return row;
  });
}
