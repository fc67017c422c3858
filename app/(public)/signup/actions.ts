"use server";

import { getDb } from "@/app/_server/db";
import { dispatch } from "@/inngest/dispatch";
import { EMAIL_QUEUED } from "@/inngest/functions/deliver-email";
import { assertSignupRateLimit } from "@/lib/org/assert-signup-rate-limit";
import { registerOrganisation, registerOrganisationSchema } from "@/lib/org/register-organisation";
import { publicAction } from "../public-action";

/** Public: registers an organisation and its director, then sends the director's password by email. */
export const registerOrganisationAction = publicAction(registerOrganisationSchema, async (input, { ip }) => {
  const db = await getDb();
  await assertSignupRateLimit(db, { ip, email: input.email });
  const { outboxId } = await registerOrganisation(db, input, { ip });
  await dispatch(EMAIL_QUEUED, { outboxId });
  return { email: input.email };
});
