import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { employees, roles } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertOwned } from "@/lib/core/assert-owned";
import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError, notFound } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import { assertEmailFree, emailTaken } from "./email-taken";
import type { employeeUpdateSchema } from "./employee-schema";
import { missingAdministrator } from "./missing-administrator";

/** Saves an employee's card, including a change of role (which takes effect on their next request). */
export async function updateEmployee(ctx: StaffContext, { id, ...data }: z.output<typeof employeeUpdateSchema>) {
  assertPermission(ctx, "access.employees.manage");
  try {
    return await ctx.db.transaction(async (tx) => {
      const mine = and(eq(employees.id, id), eq(employees.orgId, ctx.orgId));
      const [before] = await tx.select().from(employees).where(mine).for("update");
      if (!before) throw notFound("Сотрудник");
      await assertOwned(tx, ctx.orgId, roles, data.roleId, "Роль");
      await assertEmailFree(tx, data.email, id);
      const [after] = await tx
        .update(employees)
        .set({ ...data, middleName: data.middleName ?? null, position: data.position ?? null, phone: data.phone ?? null })
        .where(mine)
        .returning();
      if (!after) throw notFound("Сотрудник");
      if (before.roleId !== after.roleId) {
        const missing = await missingAdministrator(tx, ctx.orgId);
        if (missing) {
          throw new AppError("CONFLICT", `Нельзя сменить роль: не останется ни одного действующего сотрудника с правом «${missing}»`, {
            roleId: ["Это последний сотрудник с таким правом"],
          });
        }
      }
      await writeAudit(tx, ctx, { action: "employee.updated", entityType: "employee", entityId: id, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error, "employees_email_uq")) throw emailTaken();
    throw error;
  }
}
