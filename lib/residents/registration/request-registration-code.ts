import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { enforceRateLimit, limits } from "@/lib/core/rate-limit";
import type { SmsGateway } from "@/lib/notify/sms";
import { requestOtp } from "../otp/request-otp";

/**
 * The code that proves the phone belongs to the person registering; recorded in the chosen organisation's outbox.
 * Any phone may register, so besides the per-address and per-phone limits the organisation's registration codes
 * are capped per hour: ten random phones from one script cost ten SMS no longer.
 */
export async function requestRegistrationCode(
  db: Db,
  { orgId, phone, ip }: { orgId: string; phone: string; ip?: string | null },
  options?: { now?: Date; gateway?: SmsGateway },
) {
  await enforceRateLimit(db, limits.otpIp, ip, options?.now);
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw new AppError("NOT_FOUND", "Организация не найдена", { orgId: ["Выберите организацию из списка"] });
  await enforceRateLimit(db, limits.registrationOrg, orgId, options?.now);
  return requestOtp(db, { phone, purpose: "registration", orgIds: [orgId], ip }, options);
}
