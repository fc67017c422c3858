import { clientExternalIds, clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { replaceTags } from "@/lib/registry/tags/replace-tags";
import { assertExternalIdFree } from "./client-external-id";
import { assertPhoneFree, recordClientPhone } from "./client-phone";
import type { ClientData } from "./client-schema";
import { clientValues } from "./client-values";
import { withPhoneConflict } from "./phone-conflict";

/** `data` is already validated with clientSchema by the entry point. */
export async function createClient(ctx: StaffContext, { tags, externalId, ...profile }: ClientData) {
  assertPermission(ctx, "registry.clients.edit");
  return withPhoneConflict(() =>
    ctx.db.transaction(async (tx) => {
      await assertPhoneFree(tx, ctx.orgId, profile.phone);
      if (externalId) await assertExternalIdFree(tx, ctx.orgId, externalId);
      const [row] = await tx
        .insert(clients)
        .values({ ...clientValues(profile), orgId: ctx.orgId })
        .returning();
      if (!row) throw new Error("client insert returned no row");
      await recordClientPhone(tx, ctx.orgId, row.id, row.phone);
      if (externalId) await tx.insert(clientExternalIds).values({ orgId: ctx.orgId, clientId: row.id, externalId });
      await replaceTags(tx, ctx.orgId, { clientId: row.id }, tags);
      await writeAudit(tx, ctx, { action: "client.created", entityType: "client", entityId: row.id, after: { ...row, externalId, tags } });
      return row;
    }),
  );
}
