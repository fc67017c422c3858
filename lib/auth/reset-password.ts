import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, passwordResetTokens } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/core/errors";
import { clearSignInLocks } from "./authenticate-staff";
import { checkPasswordResetToken, resetTokenMessages, type ResetTokenState } from "./check-password-reset-token";
import { hashPassword } from "./password";
import type { ResetPasswordData } from "./password-schema";

const refuse = (state: Exclude<ResetTokenState, "valid">) => new AppError("BAD_REQUEST", resetTokenMessages[state]);

/**
 * Sets a new password from an emailed link. The link works once; the change ends every existing session
 * (sessionVersion), lifts a lockout, and makes every other link sent earlier useless.
 */
export async function resetPassword(db: Db, input: ResetPasswordData, meta: { ip?: string | null; now?: Date } = {}): Promise<void> {
  const now = meta.now ?? new Date();
  const check = await checkPasswordResetToken(db, input.token, now);
  if (check.state !== "valid") throw refuse(check.state);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    // A conditional claim, so that two tabs submitting the same link cannot both use it.
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.id, check.tokenId), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
      .returning({ id: passwordResetTokens.id });
    if (!claimed) throw refuse("used");
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.employeeId, check.employeeId), isNull(passwordResetTokens.usedAt)));
    const [employee] = await tx
      .update(employees)
      .set({
        passwordHash,
        sessionVersion: sql`${employees.sessionVersion} + 1`,
        mustChangePassword: false,
      })
      .where(eq(employees.id, check.employeeId))
      .returning({ id: employees.id, orgId: employees.orgId, email: employees.email, lastName: employees.lastName, firstName: employees.firstName });
    if (!employee) throw refuse("unknown");
    await clearSignInLocks(tx, employee.email);
    await writeAudit(
      tx,
      { orgId: employee.orgId, actor: { type: "employee", id: employee.id, name: `${employee.lastName} ${employee.firstName}` }, ip: meta.ip },
      { action: "auth.password_reset", entityType: "employee", entityId: employee.id },
    );
  });
}
