import { desc, eq } from "drizzle-orm";
import { apiKeys, employees } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The organisation's keys, newest first; revoked ones stay listed so staff see what stopped working. */
export async function listApiKeys(ctx: StaffContext): Promise<ApiKeyRow[]> {
  assertPermission(ctx, "settings.integrations");
  const rows = await ctx.db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      createdAt: apiKeys.createdAt,
      lastName: employees.lastName,
      firstName: employees.firstName,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .leftJoin(employees, eq(employees.id, apiKeys.createdBy))
    .where(eq(apiKeys.orgId, ctx.orgId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(({ lastName, firstName, ...r }) => ({ ...r, createdByName: lastName ? `${lastName} ${firstName}` : null }));
}
