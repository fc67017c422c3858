import { eq } from "drizzle-orm";
import { employees, organisations, roles } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { assertOwned } from "@/lib/core/assert-owned";
import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { queueEmail } from "@/lib/notify/queue-email";
import { assertPermission } from "./assert-permission";
import { assertEmailFree, emailTaken } from "./email-taken";
import type { EmployeeData } from "./employee-schema";
import { quoted } from "@/lib/core/russian-text";

/**
 * Adds an employee and emails them a generated password (seed 003 §4 «Отправить новый пароль на почту»); they must
 * change it after the first sign-in. The email is queued in the same transaction; the caller dispatches delivery.
 */
export async function inviteEmployee(ctx: StaffContext, data: EmployeeData): Promise<{ id: string; outboxId: string }> {
  assertPermission(ctx, "access.employees.manage");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertOwned(tx, ctx.orgId, roles, data.roleId, "Роль");
      await assertEmailFree(tx, data.email);
      const [employee] = await tx
        .insert(employees)
        .values({
          ...data,
          orgId: ctx.orgId,
          passwordHash,
          middleName: data.middleName ?? null,
          position: data.position ?? null,
          phone: data.phone ?? null,
          mustChangePassword: true,
        })
        .returning();
      if (!employee) throw new Error("employee insert returned no row");
      const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, ctx.orgId));
      const outboxId = await queueEmail(tx, {
        orgId: ctx.orgId,
        to: data.email,
        subject: "Доступ к Домкому",
        template: "employee.invited",
        body: [
          `Здравствуйте, ${data.firstName}!`,
          "",
          `Вас добавили сотрудником организации ${quoted(org?.name ?? "")} в Домкоме.`,
          `Логин: ${data.email}`,
          `Пароль: ${password}`,
          "",
          "После первого входа смените пароль в профиле.",
        ].join("\n"),
      });
      await writeAudit(tx, ctx, { action: "employee.invited", entityType: "employee", entityId: employee.id, after: employee });
      return { id: employee.id, outboxId };
    });
  } catch (error) {
    if (isUniqueViolation(error, "employees_email_uq")) throw emailTaken();
    throw error;
  }
}
