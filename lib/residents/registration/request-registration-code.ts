import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import type { SmsGateway } from "@/lib/notify/sms";
import { requestOtp } from "../otp/request-otp";

/** The code that proves the phone belongs to the person registering; recorded in the chosen organisation's outbox. */
export async function requestRegistrationCode(
  db: Db,
  { orgId, phone, ip }: { orgId: string; phone: string; ip?: string | null },
  options?: { now?: Date; gateway?: SmsGateway },
) {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw new AppError("NOT_FOUND", "Организация не найдена", { orgId: ["Выберите организацию из списка"] });
  return requestOtp(db, { phone, purpose: "registration", orgId, ip }, options);
}
