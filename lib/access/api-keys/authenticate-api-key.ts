import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiKeys, organisations } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { hashApiKey } from "./api-key-secret";
import { isApiKeyScope, permissionsForScopes, type ApiKeyScope } from "./api-key-scopes";

const refused = () => new AppError("UNAUTHENTICATED", "Неверный или отозванный API-ключ");

/**
 * Turns `Authorization: Bearer <key>` into a staff context acting as the key: its organisation, every building,
 * and only the permissions its scopes grant. Unknown and revoked keys get the same answer.
 */
export async function authenticateApiKey(
  db: Db,
  authorization: string | null,
  ip?: string | null,
): Promise<{ ctx: StaffContext; scopes: ApiKeyScope[] }> {
  const key = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!key) throw new AppError("UNAUTHENTICATED", "Передайте API-ключ в заголовке Authorization: Bearer <ключ>");
  const [row] = await db
    .select({ id: apiKeys.id, orgId: apiKeys.orgId, name: apiKeys.name, scopes: apiKeys.scopes, timezone: organisations.timezone })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.orgId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) throw refused();
  await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.id));
  return {
    scopes: row.scopes.filter(isApiKeyScope),
    ctx: {
      db,
      orgId: row.orgId,
      actor: { type: "api", id: row.id, name: row.name },
      permissions: permissionsForScopes(row.scopes),
      buildingIds: null,
      timezone: row.timezone,
      ip,
    },
  };
}
