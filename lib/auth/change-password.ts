import { and, eq, sql } from "drizzle-orm";
import { employees } from "@/db/schema";
import { ownEmployeeId } from "@/lib/access/own-employee-id";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { hashPassword, verifyPassword } from "./password";
import type { ChangePasswordData } from "./password-schema";

const WRONG_CURRENT = "Неверный текущий пароль";

/**
 * Changes the signed-in employee's password after checking the current one. Bumping sessionVersion ends every
 * other session (a stolen one included); the caller signs this browser in again. Returns the email to do so.
 */
export async function changePassword(ctx: StaffContext, input: ChangePasswordData): Promise<{ email: string }> {
  const mine = and(eq(employees.id, ownEmployeeId(ctx)), eq(employees.orgId, ctx.orgId));
  const [employee] = await ctx.db.select({ id: employees.id, email: employees.email, passwordHash: employees.passwordHash }).from(employees).where(mine);
  if (!employee) throw notFound("Сотрудник");
  if (!(await verifyPassword(employee.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", WRONG_CURRENT, { currentPassword: [WRONG_CURRENT] });
  }
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(employees)
      .set({ passwordHash, sessionVersion: sql`${employees.sessionVersion} + 1`, mustChangePassword: false })
      .where(mine);
    await writeAudit(tx, ctx, { action: "auth.password_changed", entityType: "employee", entityId: employee.id });
  });
  return { email: employee.email };
}
