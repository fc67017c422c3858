import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { apiKeys } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import type { revokeApiKeySchema } from "./api-key-schema";

/** A revoked key stops working on the next request; the row stays for the audit trail. */
export async function revokeApiKey(ctx: StaffContext, { id }: z.output<typeof revokeApiKeySchema>) {
  assertPermission(ctx, "settings.integrations");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.orgId, ctx.orgId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt });
    if (!row) throw new AppError("NOT_FOUND", "Ключ не найден или уже отозван");
    await writeAudit(tx, ctx, { action: "api_key.revoked", entityType: "api_key", entityId: id, before: { revokedAt: null }, after: row });
    return row;
  });
}
