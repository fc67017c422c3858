import type { Db } from "@/db/client";
import type { SmsGateway } from "@/lib/notify/sms";
import { requestOtp } from "./request-otp";
import { residentClientsForSignIn } from "./resident-clients-for-sign-in";

/** Sends a sign-in code to a phone that belongs to at least one active client. */
export async function requestSignInCode(
  db: Db,
  { phone, ip }: { phone: string; ip?: string | null },
  options?: { now?: Date; gateway?: SmsGateway },
) {
  const clients = await residentClientsForSignIn(db, phone);
  // One organisation: its outbox shows the SMS; several: the SMS belongs to none of them.
  const orgId = clients.length === 1 ? clients[0]?.orgId : null;
  return requestOtp(db, { phone, purpose: "sign_in", orgId, ip }, options);
}
