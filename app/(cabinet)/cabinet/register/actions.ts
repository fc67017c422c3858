"use server";

import { publicAction } from "@/app/(public)/public-action";
import { getDb } from "@/app/_server/db";
import { organisationSearchSchema, registrationCodeSchema, registrationSchema } from "@/lib/residents/registration/registration-schema";
import { requestRegistrationCode } from "@/lib/residents/registration/request-registration-code";
import { searchOrganisations } from "@/lib/residents/registration/search-organisations";
import { submitRegistration } from "@/lib/residents/registration/submit-registration";

/** Public: name, ИНН and city of organisations matching the query — nothing else. */
export const searchOrganisationsAction = publicAction(organisationSearchSchema, async ({ q }) => searchOrganisations(await getDb(), q));

export const requestRegistrationCodeAction = publicAction(registrationCodeSchema, async (input, { ip }) =>
  requestRegistrationCode(await getDb(), { ...input, ip }),
);

export const submitRegistrationAction = publicAction(registrationSchema, async (input, { ip }) =>
  submitRegistration(await getDb(), input, { ip }),
);
