import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { otpCodes } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { outboxOnlySmsGateway, sendSms, type SmsGateway } from "@/lib/notify/sms";
import { generateOtpCode, hashOtpCode } from "./otp-code";
import { formatWait, otpPolicy, type OtpPurpose } from "./otp-policy";

const HOUR_MS = 60 * 60_000;

const smsText: Record<OtpPurpose, (code: string) => string> = {
  sign_in: (code) => `Код для входа в Домком: ${code}. Никому его не сообщайте.`,
  registration: (code) => `Код для регистрации в Домкоме: ${code}. Никому его не сообщайте.`,
};

export type OtpRequest = { phone: string; purpose: OtpPurpose; orgId?: string | null; ip?: string | null };

/** Refuses a resend within the cooldown and more than maxPerHour codes per phone, telling how long to wait. */
async function assertMayIssue(tx: Db, phone: string, now: Date): Promise<void> {
  const recent = await tx
    .select({ createdAt: otpCodes.createdAt })
    .from(otpCodes)
    .where(and(eq(otpCodes.phone, phone), gt(otpCodes.createdAt, new Date(now.getTime() - HOUR_MS))))
    .orderBy(desc(otpCodes.createdAt));
  const latest = recent[0];
  if (latest && now.getTime() - latest.createdAt.getTime() < otpPolicy.resendAfterMs) {
    const wait = latest.createdAt.getTime() + otpPolicy.resendAfterMs - now.getTime();
    throw new AppError("RATE_LIMITED", `Новый код можно запросить через ${formatWait(wait)}`);
  }
  const oldest = recent[otpPolicy.maxPerHour - 1];
  if (oldest) {
    const wait = oldest.createdAt.getTime() + HOUR_MS - now.getTime();
    throw new AppError("RATE_LIMITED", `Слишком много кодов за час. Новый код можно запросить через ${formatWait(wait)}`);
  }
}

/**
 * Issues a code and sends it by SMS (in embedded mode the SMS lands in the outbox). Only the hash is stored; a
 * newer code replaces the older ones because verification looks at the latest only.
 */
export async function requestOtp(
  db: Db,
  request: OtpRequest,
  { now = new Date(), gateway = outboxOnlySmsGateway }: { now?: Date; gateway?: SmsGateway } = {},
): Promise<{ resendAfterSeconds: number }> {
  const code = generateOtpCode();
  await db.transaction(async (tx) => {
    // Serialises requests for one phone, so two quick clicks cannot both pass the limits.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`otp:${request.phone}`}))`);
    await assertMayIssue(tx, request.phone, now);
    await tx.insert(otpCodes).values({
      phone: request.phone,
      purpose: request.purpose,
      codeHash: hashOtpCode(request.phone, code),
      expiresAt: new Date(now.getTime() + otpPolicy.ttlMs),
      ip: request.ip ?? null,
      createdAt: now,
    });
  });
  await sendSms(db, gateway, {
    orgId: request.orgId ?? null,
    to: request.phone,
    text: smsText[request.purpose](code),
    template: `resident.otp.${request.purpose}`,
  });
  return { resendAfterSeconds: otpPolicy.resendAfterMs / 1000 };
}
