"use server";

import { CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import { signInFailureMessages, type StaffSignInFailure } from "@/lib/auth/authenticate-staff";
import { staffSignInSchema } from "@/lib/auth/staff-sign-in-schema";
import { zodFieldErrors, type ActionResult } from "@/lib/core/errors";

/** Public: signs an employee in; the reason of a refusal (wrong password, lockout, IP) is told in Russian. */
export async function signInStaffAction(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  const parsed = staffSignInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "VALIDATION", message: "Проверьте заполнение полей", fieldErrors: zodFieldErrors(parsed.error) };
  }
  try {
    await signIn("staff", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const reason = (error.code in signInFailureMessages ? error.code : "invalid") as StaffSignInFailure;
      return { ok: false, code: reason === "locked" ? "LOCKED" : reason === "invalid" ? "UNAUTHENTICATED" : "FORBIDDEN", message: signInFailureMessages[reason] };
    }
    throw error;
  }
  return { ok: true, data: { redirectTo: "/crm" } };
}
