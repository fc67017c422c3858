import { CredentialsSignin, type User } from "next-auth";
import { getDb } from "@/app/_server/db";
import { residentSignInSchema } from "@/lib/residents/otp/otp-schema";
import { signInResident } from "@/lib/residents/otp/sign-in-resident";
import { AppError, toActionFailure, type ActionFailure } from "@/lib/core/errors";
import { clientIp } from "@/lib/core/client-ip";

/**
 * Carries the Russian reason (wrong code with attempts left, expired, blocked…) to the sign-in action; Auth.js
 * rethrows this very instance to `signIn()` callers. `code` goes into Auth.js's redirect URL, so it holds only
 * the error code, never the message.
 */
export class ResidentSignInError extends CredentialsSignin {
  constructor(readonly failure: ActionFailure) {
    super();
    this.code = failure.code;
  }
}

/** The "resident" Credentials provider's authorize: phone + SMS code → a user carrying only residentPhone. */
export async function authorizeResident(raw: unknown, headers: Headers): Promise<User> {
  const parsed = residentSignInSchema.safeParse(raw);
  if (!parsed.success) throw new ResidentSignInError(toActionFailure(parsed.error));
  try {
    const { phone } = await signInResident(await getDb(), { ...parsed.data, ip: clientIp(headers) });
    return { id: phone, residentPhone: phone };
  } catch (error) {
    if (error instanceof AppError) throw new ResidentSignInError(toActionFailure(error));
    throw error;
  }
}
