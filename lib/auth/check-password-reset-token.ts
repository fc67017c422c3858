import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, passwordResetTokens } from "@/db/schema";
import { hashResetToken } from "./reset-token";

export type ResetTokenState = "valid" | "used" | "expired" | "unknown";

export const resetTokenMessages: Record<Exclude<ResetTokenState, "valid">, string> = {
  unknown: "Ссылка для смены пароля недействительна. Запросите новую",
  used: "Эта ссылка уже использована. Если нужно сменить пароль ещё раз, запросите новую ссылку",
  expired: "Срок действия ссылки истёк (она действует 1 час). Запросите новую",
};

/** What a reset link is worth now; a blocked employee's link counts as unknown. */
export async function checkPasswordResetToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ state: "valid"; tokenId: string; employeeId: string } | { state: Exclude<ResetTokenState, "valid"> }> {
  const [row] = await db
    .select({
      id: passwordResetTokens.id,
      employeeId: passwordResetTokens.employeeId,
      expiresAt: passwordResetTokens.expiresAt,
      usedAt: passwordResetTokens.usedAt,
      blockedAt: employees.blockedAt,
    })
    .from(passwordResetTokens)
    .innerJoin(employees, eq(employees.id, passwordResetTokens.employeeId))
    .where(eq(passwordResetTokens.tokenHash, hashResetToken(token)))
    .limit(1);
  if (!row || row.blockedAt) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "valid", tokenId: row.id, employeeId: row.employeeId };
}
