import type { z } from "zod";
import { apiKeys } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import type { createApiKeySchema } from "./api-key-schema";
import { generateApiKey } from "./api-key-secret";

type CreateApiKeyData = z.output<typeof createApiKeySchema>;

/** Returns the secret once; afterwards only its prefix and hash exist. No allow-list of its own: the organisation's applies. */
export async function createApiKey(
  ctx: StaffContext,
  { name, scopes, ipAllowlist = null }: Omit<CreateApiKeyData, "ipAllowlist"> & Partial<Pick<CreateApiKeyData, "ipAllowlist">>,
) {
  assertPermission(ctx, "settings.integrations");
  const { key, prefix, hash } = generateApiKey();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ orgId: ctx.orgId, name, prefix, keyHash: hash, scopes, ipAllowlist, createdBy: ctx.actor.type === "employee" ? ctx.actor.id : null })
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, scopes: apiKeys.scopes, ipAllowlist: apiKeys.ipAllowlist });
    if (!row) throw new Error("api key insert returned no row");
    await writeAudit(tx, ctx, { action: "api_key.created", entityType: "api_key", entityId: row.id, after: row });
    return { ...row, key };
  });
}
