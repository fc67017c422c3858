import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiKeys, organisations } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { isIpAllowed } from "@/lib/auth/ip-allowlist";
import { AppError } from "@/lib/core/errors";
import { hashApiKey } from "./api-key-secret";
import { isApiKeyScope, permissionsForScopes, type ApiKeyScope } from "./api-key-scopes";

const refused = () => new AppError("UNAUTHENTICATED", "Неверный или отозванный API-ключ");

/** A key in use is marked at most once a minute: integrations call in bursts, and a write per call is waste. */
const LAST_USED_EVERY = sql`interval '1 minute'`;

/**
 * Turns `Authorization: Bearer <key>` into a staff context acting as the key: its organisation, every building,
 * and only the permissions its scopes grant. Unknown and revoked keys get the same answer. The key's own IP
 * allow-list, or else the organisation's staff allow-list, must admit the caller.
 */
export async function authenticateApiKey(
  db: Db,
  authorization: string | null,
  ip?: string | null,
): Promise<{ ctx: StaffContext; scopes: ApiKeyScope[] }> {
  const key = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!key) throw new AppError("UNAUTHENTICATED", "Передайте API-ключ в заголовке Authorization: Bearer <ключ>");
  const [row] = await db
    .select({
      id: apiKeys.id,
      orgId: apiKeys.orgId,
      name: apiKeys.name,
      scopes: apiKeys.scopes,
      timezone: organisations.timezone,
      allowlist: sql<string[]>`coalesce(${apiKeys.ipAllowlist}, ${organisations.staffIpAllowlist})`,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.orgId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) throw refused();
  if (!isIpAllowed(ip, row.allowlist)) {
    throw new AppError("FORBIDDEN", `Запросы с этим ключом с адреса ${ip ?? "неизвестен"} запрещены списком разрешённых IP-адресов`);
  }
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - ${LAST_USED_EVERY}`))));
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
