import { CredentialsSignin } from "next-auth";
import type { StaffSignInFailure } from "@/lib/auth/authenticate-staff";

/** Carries the reason to the sign-in action; Auth.js keeps `code` on the error it rethrows. */
export class StaffSignInError extends CredentialsSignin {
  constructor(reason: StaffSignInFailure) {
    super();
    this.code = reason;
  }
}
