import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roleNotifications, rolePermissions } from "@/db/schema";
import type { RoleData } from "./role-schema";

/** Makes the role's permissions and notification settings exactly those given. */
export async function replaceRoleGrants(
  tx: Db,
  orgId: string,
  roleId: string,
  { permissions, notifications }: Pick<RoleData, "permissions" | "notifications">,
): Promise<void> {
  await tx.delete(rolePermissions).where(and(eq(rolePermissions.roleId, roleId), eq(rolePermissions.orgId, orgId)));
  await tx.delete(roleNotifications).where(and(eq(roleNotifications.roleId, roleId), eq(roleNotifications.orgId, orgId)));
  if (permissions.length) {
    await tx.insert(rolePermissions).values(permissions.map((permission) => ({ roleId, orgId, permission })));
  }
  if (notifications.length) {
    await tx.insert(roleNotifications).values(notifications.map((n) => ({ roleId, orgId, ...n })));
  }
}
