import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, passwordResetTokens } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { env } from "@/lib/core/env";
import { enforceRateLimit, hitRateLimit, limits } from "@/lib/core/rate-limit";
import { queueEmail } from "@/lib/notify/queue-email";
import { newResetToken, RESET_TOKEN_TTL_MINUTES } from "./reset-token";

/** The one answer to every request, so that the form does not tell who is an employee. */
export const RESET_REQUESTED_MESSAGE = "Если такой сотрудник есть, мы отправили письмо со ссылкой";

/**
 * Emails a single-use link to set a new password to an active employee with this email. Returns the queued
 * message, or null when there is nobody to write to (unknown or blocked, or this email or organisation had its
 * share of links this hour); callers answer the same either way. Only too many requests from one address are
 * refused aloud — that says nothing about the email. The link starts with the configured public origin, never
 * with a request's Host.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string },
  meta: { ip?: string | null; now?: Date },
): Promise<string | null> {
  const now = meta.now ?? new Date();
  await enforceRateLimit(db, limits.resetIp, meta.ip, now);
  if (!(await hitRateLimit(db, limits.resetEmail, input.email, now)).allowed) return null;
  const [employee] = await db.select().from(employees).where(eq(employees.email, input.email)).limit(1);
  if (!employee || employee.blockedAt) return null;
  if (!(await hitRateLimit(db, limits.resetOrg, employee.orgId, now)).allowed) return null;
  const { token, tokenHash } = newResetToken();
  const link = `${env().publicOrigin}/reset-password/${token}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(passwordResetTokens)
      .values({ employeeId: employee.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000) })
      .returning({ id: passwordResetTokens.id });
    const outboxId = await queueEmail(tx, {
      orgId: employee.orgId,
      to: employee.email,
      subject: "Смена пароля в Домкоме",
      template: "auth.password_reset",
      body: [
        `Здравствуйте, ${employee.firstName}!`,
        "",
        `Для учётной записи ${employee.email} запрошена смена пароля.`,
        "Чтобы задать новый пароль, откройте ссылку — она действует 1 час и только один раз:",
        link,
        "",
        "Если вы не запрашивали смену пароля, просто проигнорируйте это письмо: пароль останется прежним.",
      ].join("\n"),
    });
    await writeAudit(
      tx,
      { orgId: employee.orgId, actor: { type: "system", name: "Восстановление пароля" }, ip: meta.ip },
      { action: "auth.password_reset_requested", entityType: "employee", entityId: employee.id, after: { tokenId: row?.id } },
    );
    return outboxId;
  });
}
