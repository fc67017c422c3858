import type { Db } from "@/db/client";
import { enforceRateLimit, limits } from "@/lib/core/rate-limit";

export const SIGNUPS_PER_IP_PER_HOUR = limits.signupIp.max;

/**
 * A public sign-up creates an organisation and emails a password, so a script must flood neither: a few per address
 * an hour, and a few a day to one email (someone else's mailbox). Counted before the sign-up is checked, so a
 * refused attempt counts too.
 */
export async function assertSignupRateLimit(db: Db, request: { ip: string | null | undefined; email: string }, now = new Date()): Promise<void> {
  await enforceRateLimit(db, limits.signupIp, request.ip, now);
  await enforceRateLimit(db, limits.signupEmail, request.email.toLowerCase(), now);
}
