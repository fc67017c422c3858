import { roles } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import { replaceRoleGrants } from "./replace-role-grants";
import { ROLE_NAME_UNIQUE, roleNameTaken } from "./role-name-taken";
import type { RoleData } from "./role-schema";

/** A custom role of the organisation (no preset), with its permissions and notification settings. */
export async function createRole(ctx: StaffContext, { permissions, notifications, ...fields }: RoleData) {
  assertPermission(ctx, "access.roles.manage");
  try {
    return await ctx.db.transaction(async (tx) => {
      const [role] = await tx
        .insert(roles)
        .values({ orgId: ctx.orgId, name: fields.name, description: fields.description ?? null })
        .returning();
      if (!role) throw new Error("role insert returned no row");
      await replaceRoleGrants(tx, ctx.orgId, role.id, { permissions, notifications });
      await writeAudit(tx, ctx, { action: "role.created", entityType: "role", entityId: role.id, after: { ...role, permissions, notifications } });
      return role;
    });
  } catch (error) {
    if (isUniqueViolation(error, ROLE_NAME_UNIQUE)) throw roleNameTaken();
    throw error;
  }
}
