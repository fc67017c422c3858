import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, organisations } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/audit-labels";
import { writeAudit } from "@/lib/audit/write-audit";
import { clearRateLimit, clearRateLimits, fullRateLimits, hitRateLimit, limits, refundRateLimit } from "@/lib/core/rate-limit";
import { queueEmail } from "@/lib/notify/queue-email";
import { isIpAllowed } from "./ip-allowlist";
import { verifyPasswordOrNothing } from "./password";

export const MAX_FAILED_LOGINS = limits.staffSignIn.max;
export const LOCKOUT_MINUTES = limits.staffSignIn.windowMs / 60_000;

export type StaffSignInFailure = "invalid" | "locked" | "blocked" | "ip_denied";

export type StaffSignInResult =
  | { ok: true; employee: { id: string; orgId: string; email: string; name: string; sessionVersion: number } }
  /** alertOutboxId: the email telling the employee about the attack, for the caller to deliver. */
  | { ok: false; reason: StaffSignInFailure; lockedUntil?: Date; alertOutboxId?: string };

export const signInFailureMessages: Record<StaffSignInFailure, string> = {
  invalid: "Неверный email или пароль",
  locked: `Слишком много неудачных попыток входа. Вход с этого адреса заблокирован на ${LOCKOUT_MINUTES} минут`,
  blocked: "Учётная запись заблокирована. Обратитесь к руководителю организации",
  ip_denied: "Вход для сотрудников с этого IP-адреса запрещён настройками организации",
};

/** The subject of the per-account lock: one email from one address, so an attacker locks out only themselves. */
export const signInLockSubject = (email: string, ip: string | null | undefined) => `${email} ${ip ?? "unknown"}`;

/** The addresses currently locked out of this email's account, and until when. */
export async function signInLocks(db: Db, email: string, now = new Date()): Promise<{ ip: string; until: Date }[]> {
  const full = await fullRateLimits(db, limits.staffSignIn, signInLockSubject(email, ""), now);
  return full.map((f) => ({ ip: f.subject.slice(email.length + 1), until: f.resetAt }));
}

/** Lifts every address's lock on this email's account (a new password, or staff unlocking it). */
export const clearSignInLocks = (db: Db, email: string) => clearRateLimits(db, limits.staffSignIn, signInLockSubject(email, ""));

type Employee = typeof employees.$inferSelect;

async function alertEmployee(db: Db, employee: Employee, ip: string | null | undefined): Promise<string> {
  return queueEmail(db, {
    orgId: employee.orgId,
    to: employee.email,
    subject: "Попытки входа в вашу учётную запись Домкома",
    template: "auth.sign_in_attack",
    body: [
      `Здравствуйте, ${employee.firstName}!`,
      "",
      `За последний час в учётную запись ${employee.email} ${limits.staffSignInAlert.max} раз пытались войти с неверным паролем`,
      `(последняя попытка — с адреса ${ip ?? "неизвестен"}).`,
      "Адреса, с которых подбирают пароль, блокируются; вы по-прежнему можете войти со своего компьютера.",
      "Если это были не вы, смените пароль и сообщите руководителю организации.",
    ].join("\n"),
  });
}

/**
 * Checks an email and password. Limits, each counted in one statement that decides and increments:
 * - one email from one address: MAX_FAILED_LOGINS wrong passwords lock that address out of the account for
 *   LOCKOUT_MINUTES (the employee, from another address, still signs in);
 * - one address over all emails (staffSignInIp), so that spraying many accounts is slowed too;
 * - one account over all addresses (staffSignInAlert): reaching it emails the employee.
 * Unknown emails lock the same way and cost the same argon2 check; blocked accounts and addresses outside the
 * allow-list are told so only after the right password — until then every refusal reads «Неверный email или пароль».
 */
export async function authenticateStaff(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  now = new Date(),
): Promise<StaffSignInResult> {
  const email = input.email.trim().toLowerCase();
  const byIp = await hitRateLimit(db, limits.staffSignInIp, input.ip, now);
  if (!byIp.allowed) return { ok: false, reason: "locked", lockedUntil: byIp.resetAt };
  const lockSubject = signInLockSubject(email, input.ip);
  const attempt = await hitRateLimit(db, limits.staffSignIn, lockSubject, now);
  if (!attempt.allowed) return { ok: false, reason: "locked", lockedUntil: attempt.resetAt };

  const [row] = await db
    .select({ employee: employees, allowlist: organisations.staffIpAllowlist })
    .from(employees)
    .innerJoin(organisations, eq(organisations.id, employees.orgId))
    .where(eq(employees.email, email))
    .limit(1);
  const passwordOk = await verifyPasswordOrNothing(row?.employee.passwordHash, input.password);
  const audit = (target: Employee, action: AuditAction, after?: unknown) =>
    writeAudit(
      db,
      { orgId: target.orgId, actor: { type: "employee", id: target.id, name: `${target.lastName} ${target.firstName}` }, ip: input.ip },
      { action, entityType: "employee", entityId: target.id, after },
    );

  if (!row || !passwordOk) {
    const lockedNow = attempt.hits >= MAX_FAILED_LOGINS;
    let alertOutboxId: string | undefined;
    if (row) {
      await audit(row.employee, lockedNow ? "auth.locked" : "auth.failed", { failures: attempt.hits });
      const alert = await hitRateLimit(db, limits.staffSignInAlert, row.employee.id, now);
      if (alert.allowed && alert.hits === limits.staffSignInAlert.max) alertOutboxId = await alertEmployee(db, row.employee, input.ip);
    }
    return lockedNow ? { ok: false, reason: "locked", lockedUntil: attempt.resetAt, alertOutboxId } : { ok: false, reason: "invalid", alertOutboxId };
  }
  const { employee } = row;
  if (employee.blockedAt) return { ok: false, reason: "blocked" };
  if (!isIpAllowed(input.ip, row.allowlist)) {
    await audit(employee, "auth.ip_denied", { ip: input.ip ?? null });
    return { ok: false, reason: "ip_denied" };
  }

  await clearRateLimit(db, limits.staffSignIn, lockSubject);
  await refundRateLimit(db, limits.staffSignInIp, input.ip);
  await db.update(employees).set({ lastLoginAt: now }).where(eq(employees.id, employee.id));
  await audit(employee, "auth.signed_in");
  return {
    ok: true,
    employee: { id: employee.id, orgId: employee.orgId, email, name: `${employee.lastName} ${employee.firstName}`, sessionVersion: employee.sessionVersion },
  };
}
