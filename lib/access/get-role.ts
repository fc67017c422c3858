import { and, eq } from "drizzle-orm";
import { roleNotifications, rolePermissions, roles } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import { isNotificationEvent, type NotificationEvent } from "./notification-events";
import { isPermission } from "@/lib/core/permissions";

/** A role with its permissions and notification settings, as the role editor shows them. */
export async function getRole(ctx: StaffContext, id: string) {
  assertPermission(ctx, "access.roles.manage");
  const [role] = await ctx.db
    .select()
    .from(roles)
    .where(and(eq(roles.id, id), eq(roles.orgId, ctx.orgId)))
    .limit(1);
  if (!role) throw notFound("Роль");
  const [permissions, notifications] = await Promise.all([
    ctx.db
      .select({ permission: rolePermissions.permission })
      .from(rolePermissions)
      .where(and(eq(rolePermissions.roleId, id), eq(rolePermissions.orgId, ctx.orgId))),
    ctx.db
      .select({ event: roleNotifications.event, push: roleNotifications.push, email: roleNotifications.email })
      .from(roleNotifications)
      .where(and(eq(roleNotifications.roleId, id), eq(roleNotifications.orgId, ctx.orgId))),
  ]);
  return {
    ...role,
    // Keys dropped from the catalogue in a later release are simply not shown.
    permissions: permissions.map((p) => p.permission).filter(isPermission),
    notifications: notifications.filter((n): n is typeof n & { event: NotificationEvent } => isNotificationEvent(n.event)),
  };
}
