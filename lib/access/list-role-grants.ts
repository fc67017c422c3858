import { eq } from "drizzle-orm";
import { rolePermissions } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { assertPermission } from "./assert-permission";
import { isPermission, type Permission } from "@/lib/core/permissions";

/** Every role's permissions at once, for comparing roles side by side: role id → the set it grants. */
export async function listRoleGrants(ctx: StaffContext): Promise<Map<string, Set<Permission>>> {
  assertPermission(ctx, "access.roles.manage");
  const rows = await ctx.db
    .select({ roleId: rolePermissions.roleId, permission: rolePermissions.permission })
    .from(rolePermissions)
    .where(eq(rolePermissions.orgId, ctx.orgId));
  const grants = new Map<string, Set<Permission>>();
  // A key dropped from the catalogue may linger in old rows; it grants nothing, so it is not shown.
  for (const { roleId, permission } of rows) {
    if (!isPermission(permission)) continue;
    const granted = grants.get(roleId) ?? new Set<Permission>();
    granted.add(permission);
    grants.set(roleId, granted);
  }
  return grants;
}
