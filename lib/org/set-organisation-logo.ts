import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { storeImage } from "@/lib/files/file-store";
import type { UploadBody } from "@/lib/storage/storage";

/**
 * The logo is shown on the organisation's pages for residents (seed 003 §4); null removes it. Returns the new
 * file key. The previous file stays on disk: the audit log's «before» still names it.
 */
export async function setOrganisationLogo(ctx: StaffContext, image: UploadBody | null): Promise<string | null> {
  assertPermission(ctx, "settings.manage");
  const logo = image ? await storeImage(ctx.orgId, "logo", image) : null;
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ logo: organisations.logo })
      .from(organisations)
      .where(eq(organisations.id, ctx.orgId))
      .for("update");
    if (!before) throw notFound("Организация");
    await tx.update(organisations).set({ logo }).where(eq(organisations.id, ctx.orgId));
    await writeAudit(tx, ctx, {
      action: logo ? "organisation.logo_changed" : "organisation.logo_removed",
      entityType: "organisation",
      entityId: ctx.orgId,
      before,
      after: { logo },
    });
    return logo;
  });
}
