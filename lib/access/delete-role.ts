import { and, count, eq } from "drizzle-orm";
import type { z } from "zod";
import { employees, roles } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import { getRole } from "./get-role";
import type { roleIdSchema } from "./role-schema";

/** Deletes a custom role nobody holds; the six preset roles are edited, never deleted. */
export async function deleteRole(ctx: StaffContext, { id }: z.output<typeof roleIdSchema>) {
  assertPermission(ctx, "access.roles.manage");
  return ctx.db.transaction(async (tx) => {
    const mine = and(eq(roles.id, id), eq(roles.orgId, ctx.orgId));
    await tx.select({ id: roles.id }).from(roles).where(mine).for("update");
    const before = await getRole({ ...ctx, db: tx }, id);
    if (before.preset) throw new AppError("CONFLICT", "Стандартную роль нельзя удалить, но её можно изменить");
    const [holders] = await tx
      .select({ n: count() })
      .from(employees)
      .where(and(eq(employees.roleId, id), eq(employees.orgId, ctx.orgId)));
    if (holders && holders.n > 0) {
      throw new AppError("CONFLICT", `Роль назначена сотрудникам (${holders.n}). Сначала назначьте им другую роль`);
    }
    await tx.delete(roles).where(mine);
    await writeAudit(tx, ctx, { action: "role.deleted", entityType: "role", entityId: id, before });
    return { id };
  });
}
