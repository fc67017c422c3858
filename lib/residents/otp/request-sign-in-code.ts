import type { Db } from "@/db/client";
import { enforceRateLimit, limits } from "@/lib/core/rate-limit";
import type { SmsGateway } from "@/lib/notify/sms";
import { requestOtp } from "./request-otp";
import { residentClientsForSignIn } from "./resident-clients-for-sign-in";

/**
 * Sends a sign-in code to a phone that belongs to at least one active client. Saying «номер не найден» is a choice
 * kept for residents' sake; the per-address limit is taken before the lookup, so it cannot be used to scan numbers.
 */
export async function requestSignInCode(
  db: Db,
  { phone, ip }: { phone: string; ip?: string | null },
  options?: { now?: Date; gateway?: SmsGateway },
) {
  await enforceRateLimit(db, limits.otpIp, ip, options?.now);
  const clients = await residentClientsForSignIn(db, phone);
  const orgIds = [...new Set(clients.map((c) => c.orgId))];
  return requestOtp(db, { phone, purpose: "sign_in", orgIds, ip }, options);
}
