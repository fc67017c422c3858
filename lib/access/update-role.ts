import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { roles } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import { getRole } from "./get-role";
import { missingAdministrator } from "./missing-administrator";
import { replaceRoleGrants } from "./replace-role-grants";
import { ROLE_NAME_UNIQUE, roleNameTaken } from "./role-name-taken";
import type { roleUpdateSchema } from "./role-schema";

/** Saves a role; its employees get the new permissions on their next request. Preset roles may be edited too. */
export async function updateRole(ctx: StaffContext, { id, permissions, notifications, ...fields }: z.output<typeof roleUpdateSchema>) {
  assertPermission(ctx, "access.roles.manage");
  try {
    return await ctx.db.transaction(async (tx) => {
      const mine = and(eq(roles.id, id), eq(roles.orgId, ctx.orgId));
      await tx.select({ id: roles.id }).from(roles).where(mine).for("update");
      const before = await getRole({ ...ctx, db: tx }, id);
      const [after] = await tx
        .update(roles)
        .set({ name: fields.name, description: fields.description ?? null })
        .where(mine)
        .returning();
      await replaceRoleGrants(tx, ctx.orgId, id, { permissions, notifications });
      const missing = await missingAdministrator(tx, ctx.orgId);
      if (missing) {
        throw new AppError("CONFLICT", `Нельзя убрать право «${missing}»: у других действующих сотрудников его нет`, {
          permissions: ["Это право должно остаться хотя бы у одного сотрудника"],
        });
      }
      await writeAudit(tx, ctx, { action: "role.updated", entityType: "role", entityId: id, before, after: { ...after, permissions, notifications } });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error, ROLE_NAME_UNIQUE)) throw roleNameTaken();
    throw error;
  }
}
