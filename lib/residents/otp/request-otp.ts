import type { Db } from "@/db/client";
import { otpCodes } from "@/db/schema";
import { enforceRateLimit, limits } from "@/lib/core/rate-limit";
import { outboxOnlySmsGateway, sendSms, type SmsGateway } from "@/lib/notify/sms";
import { generateOtpCode, hashOtpCode } from "./otp-code";
import { otpPolicy, type OtpPurpose } from "./otp-policy";

const smsText: Record<OtpPurpose, (code: string) => string> = {
  sign_in: (code) => `Код для входа в Домком: ${code}. Никому его не сообщайте.`,
  registration: (code) => `Код для регистрации в Домкоме: ${code}. Никому его не сообщайте.`,
};

/** orgIds: the organisations the SMS is sent for; each pays it from its daily SMS ceiling. */
export type OtpRequest = { phone: string; purpose: OtpPurpose; orgIds: readonly string[]; ip?: string | null };

/**
 * Every SMS code passes these limits: per phone (one a minute, five an hour) and the daily ceiling of each
 * organisation; callers take the per-address limit (otpIp) before their own lookups. Each counter decides and
 * increments in one statement, so two quick clicks cannot both pass; a refusal says how long to wait.
 */
async function assertMaySendCode(db: Db, request: OtpRequest, now: Date): Promise<void> {
  await enforceRateLimit(db, limits.otpPhoneResend, request.phone, now);
  await enforceRateLimit(db, limits.otpPhoneHour, request.phone, now);
  for (const orgId of request.orgIds) await enforceRateLimit(db, limits.smsOrgDay, orgId, now);
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
  await assertMaySendCode(db, request, now);
  const code = generateOtpCode();
  await db.insert(otpCodes).values({
    phone: request.phone,
    purpose: request.purpose,
    codeHash: hashOtpCode(request.phone, code),
    expiresAt: new Date(now.getTime() + otpPolicy.ttlMs),
    ip: request.ip ?? null,
    createdAt: now,
  });
  await sendSms(db, gateway, {
    // One organisation: its outbox shows the SMS; several: the SMS belongs to none of them.
    orgId: request.orgIds.length === 1 ? (request.orgIds[0] ?? null) : null,
    to: request.phone,
    text: smsText[request.purpose](code),
    template: `resident.otp.${request.purpose}`,
  });
  return { resendAfterSeconds: limits.otpPhoneResend.windowMs / 1000 };
}
