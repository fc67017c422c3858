import { and, eq } from "drizzle-orm";
import { clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { replaceTags } from "@/lib/registry/tags/replace-tags";
import { tagNamesOf } from "@/lib/registry/tags/tag-names";
import { assertPhoneFree, recordClientPhone } from "./client-phone";
import type { ClientUpdateData } from "./client-schema";
import { lockVisibleClient } from "./client-scope";
import { clientValues } from "./client-values";
import { withPhoneConflict } from "./phone-conflict";

/** Saves the «Общие сведения» tab: profile, status (active/blocked) and tags. */
export async function updateClient(ctx: StaffContext, { id, tags, ...profile }: ClientUpdateData) {
  assertPermission(ctx, "registry.clients.edit");
  return withPhoneConflict(() =>
    ctx.db.transaction(async (tx) => {
      const before = await lockVisibleClient(tx, ctx, id);
      if (profile.phone !== before.phone && !before.archivedAt) await assertPhoneFree(tx, ctx.orgId, profile.phone, id);
      const tagsBefore = await tagNamesOf(tx, ctx.orgId, { clientId: id });
      const [after] = await tx
        .update(clients)
        .set(clientValues(profile, before))
        .where(and(eq(clients.id, id), eq(clients.orgId, ctx.orgId)))
        .returning();
      if (!after) throw new Error("client update returned no row");
      if (after.phone !== before.phone) await recordClientPhone(tx, ctx.orgId, id, after.phone);
      await replaceTags(tx, ctx.orgId, { clientId: id }, tags);
      await writeAudit(tx, ctx, {
        action: "client.updated",
        entityType: "client",
        entityId: id,
        before: { ...before, tags: tagsBefore },
        after: { ...after, tags },
      });
      return after;
    }),
  );
}
