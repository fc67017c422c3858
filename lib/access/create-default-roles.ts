import type { Db } from "@/db/client";
import { roleNotifications, rolePermissions, roles } from "@/db/schema";
import { defaultRoles } from "./default-roles";

/** Creates the six preset roles for a new organisation; returns role ids by preset key. */
export async function createDefaultRoles(db: Db, orgId: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const preset of defaultRoles) {
    const [role] = await db
      .insert(roles)
      .values({ orgId, name: preset.name, preset: preset.preset, description: preset.description })
      .returning({ id: roles.id });
    if (!role) throw new Error("role insert returned no row");
    ids[preset.preset] = role.id;
    if (preset.permissions.length) {
      await db.insert(rolePermissions).values(preset.permissions.map((permission) => ({ roleId: role.id, orgId, permission })));
    }
    if (preset.notifications.length) {
      await db.insert(roleNotifications).values(preset.notifications.map((n) => ({ roleId: role.id, orgId, ...n })));
    }
  }
  return ids;
}
