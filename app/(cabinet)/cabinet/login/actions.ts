"use server";

import { signIn } from "@/auth";
import { publicAction } from "@/app/(public)/public-action";
import { ResidentSignInError } from "@/app/_server/resident-sign-in";
import { getDb } from "@/app/_server/db";
import { AppError } from "@/lib/core/errors";
import { phoneOnlySchema, residentSignInSchema } from "@/lib/residents/otp/otp-schema";
import { requestSignInCode } from "@/lib/residents/otp/request-sign-in-code";

/** Public: sends a sign-in code to a phone that has a cabinet (limits on resends apply). */
export const requestSignInCodeAction = publicAction(phoneOnlySchema, async ({ phone }, { ip }) =>
  requestSignInCode(await getDb(), { phone, ip }),
);

/** Public: phone + code → a resident session (the "resident" Auth.js provider checks the code). */
export const signInResidentAction = publicAction(residentSignInSchema, async (input) => {
  try {
    await signIn("resident", { ...input, redirect: false });
  } catch (error) {
    if (error instanceof ResidentSignInError) {
      throw new AppError(error.failure.code, error.failure.message, error.failure.fieldErrors);
    }
    throw error;
  }
  return { redirectTo: "/cabinet" };
});
