import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, organisations } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/audit-labels";
import { writeAudit } from "@/lib/audit/write-audit";
import { isIpAllowed } from "./ip-allowlist";
import { verifyPassword } from "./password";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type StaffSignInFailure = "invalid" | "locked" | "blocked" | "ip_denied";

export type StaffSignInResult =
  | { ok: true; employee: { id: string; orgId: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: StaffSignInFailure; lockedUntil?: Date };

export const signInFailureMessages: Record<StaffSignInFailure, string> = {
  invalid: "Неверный email или пароль",
  locked: `Слишком много неудачных попыток входа. Вход заблокирован на ${LOCKOUT_MINUTES} минут`,
  blocked: "Учётная запись заблокирована. Обратитесь к руководителю организации",
  ip_denied: "Вход для сотрудников с этого IP-адреса запрещён настройками организации",
};

/**
 * Checks an email and password. Counts failures per employee and locks the account for
 * LOCKOUT_MINUTES after MAX_FAILED_LOGINS in a row; a locked account is refused even with the right password.
 */
export async function authenticateStaff(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  now = new Date(),
): Promise<StaffSignInResult> {
  const email = input.email.trim().toLowerCase();
  const [row] = await db
    .select({ employee: employees, allowlist: organisations.staffIpAllowlist })
    .from(employees)
    .innerJoin(organisations, eq(organisations.id, employees.orgId))
    .where(eq(employees.email, email))
    .limit(1);
  if (!row) return { ok: false, reason: "invalid" };
  const { employee } = row;
  const name = `${employee.lastName} ${employee.firstName}`;
  const audit = (action: AuditAction, after?: unknown) =>
    writeAudit(
      db,
      { orgId: employee.orgId, actor: { type: "employee", id: employee.id, name }, ip: input.ip },
      { action, entityType: "employee", entityId: employee.id, after },
    );

  if (employee.lockedUntil && employee.lockedUntil > now) {
    return { ok: false, reason: "locked", lockedUntil: employee.lockedUntil };
  }
  if (!isIpAllowed(input.ip, row.allowlist)) {
    await audit("auth.ip_denied", { ip: input.ip ?? null });
    return { ok: false, reason: "ip_denied" };
  }
  if (!(await verifyPassword(employee.passwordHash, input.password))) {
    const failures = employee.failedLoginCount + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db
      .update(employees)
      .set({ failedLoginCount: lockedUntil ? 0 : failures, lockedUntil })
      .where(eq(employees.id, employee.id));
    await audit(lockedUntil ? "auth.locked" : "auth.failed", { failures });
    return lockedUntil ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "invalid" };
  }
  if (employee.blockedAt) return { ok: false, reason: "blocked" };

  await db
    .update(employees)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
    .where(eq(employees.id, employee.id));
  await audit("auth.signed_in");
  return {
    ok: true,
    employee: { id: employee.id, orgId: employee.orgId, email, name, sessionVersion: employee.sessionVersion },
  };
}
