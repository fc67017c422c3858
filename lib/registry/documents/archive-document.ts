import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { premiseDocuments } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import type { documentIdSchema } from "./document-schema";
import { findDocument } from "./find-document";

/** «Удаление» of a document: it leaves the list and the cabinet; the row and the file are kept. */
export async function archiveDocument(ctx: StaffContext, { id }: z.output<typeof documentIdSchema>) {
  assertPermission(ctx, "registry.premises.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await findDocument(tx, ctx, id);
    const archivedAt = new Date();
    await tx
      .update(premiseDocuments)
      .set({ archivedAt })
      .where(and(eq(premiseDocuments.id, id), eq(premiseDocuments.orgId, ctx.orgId)));
    await writeAudit(tx, ctx, { action: "premise_document.archived", entityType: "premise_document", entityId: id, before, after: { archivedAt } });
    await recordActivity(tx, { orgId: ctx.orgId, premiseId: before.premiseId, type: "registry", subject: `Удалён документ «${before.title}»` });
    return { id };
  });
}
