"use server";

import { getDb } from "@/app/_server/db";
import { dispatch } from "@/inngest/dispatch";
import { EMAIL_QUEUED } from "@/inngest/functions/deliver-email";
import { requestPasswordResetSchema, resetPasswordSchema } from "@/lib/auth/password-schema";
import { requestPasswordReset, RESET_REQUESTED_MESSAGE } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { publicAction } from "../public-action";

/** Public: emails a reset link if the employee exists; the answer is the same either way. */
export const requestPasswordResetAction = publicAction(requestPasswordResetSchema, async (input, { ip }) => {
  const outboxId = await requestPasswordReset(await getDb(), input, { ip });
  if (outboxId) await dispatch(EMAIL_QUEUED, { outboxId });
  return { message: RESET_REQUESTED_MESSAGE };
});

/** Public: the emailed token is the credential; it sets the new password once. */
export const resetPasswordAction = publicAction(resetPasswordSchema, async (input, { ip }) => {
  await resetPassword(await getDb(), input, { ip });
  return {};
});
