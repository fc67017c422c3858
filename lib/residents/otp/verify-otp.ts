import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { otpCodes } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { otpCodeMatches } from "./otp-code";
import { otpPolicy, type OtpPurpose } from "./otp-policy";

const codeError = (message: string) => new AppError("VALIDATION", message, { code: [message] });

/**
 * Checks the latest code issued to the phone for this purpose and consumes it. A wrong code counts an attempt;
 * after maxAttempts the code is dead and a new one must be requested.
 */
export async function verifyOtp(
  db: Db,
  { phone, purpose, code }: { phone: string; purpose: OtpPurpose; code: string },
  now = new Date(),
): Promise<void> {
  const [latest] = await db
    .select()
    .from(otpCodes)
    .where(and(eq(otpCodes.phone, phone), eq(otpCodes.purpose, purpose)))
    .orderBy(desc(otpCodes.createdAt))
    .limit(1);
  if (!latest || latest.consumedAt) throw codeError("Запросите код по SMS");
  if (latest.expiresAt <= now) throw codeError("Срок действия кода истёк. Запросите новый");
  if (latest.attempts >= otpPolicy.maxAttempts) throw codeError("Превышено число попыток ввода. Запросите новый код");

  const live = and(eq(otpCodes.id, latest.id), isNull(otpCodes.consumedAt), lt(otpCodes.attempts, otpPolicy.maxAttempts));
  if (!otpCodeMatches(phone, code, latest.codeHash)) {
    const [counted] = await db
      .update(otpCodes)
      .set({ attempts: sql`${otpCodes.attempts} + 1` })
      .where(live)
      .returning({ attempts: otpCodes.attempts });
    const left = otpPolicy.maxAttempts - (counted?.attempts ?? otpPolicy.maxAttempts);
    throw codeError(left > 0 ? `Неверный код. Осталось попыток: ${left}` : "Неверный код. Попытки исчерпаны — запросите новый код");
  }
  // Conditional on «not yet consumed»: two parallel submissions of one code cannot both succeed.
  const [consumed] = await db.update(otpCodes).set({ consumedAt: now }).where(live).returning({ id: otpCodes.id });
  if (!consumed) throw codeError("Код уже использован. Запросите новый");
}
