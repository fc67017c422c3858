import { z } from "zod";
import { emailSchema, innSchema, phoneSchema } from "@/lib/validation/schemas";
import { personNameSchema } from "@/lib/validation/person-name";

/** Version of the consent text (lib/org/pd-consent-text.ts) stored with the organisation when it signs up. */
export const PD_CONSENT_VERSION = "2025-09-01";

export const registerOrganisationSchema = z.object({
  name: z.string().trim().min(2, "Укажите название организации").max(200, "Слишком длинное название"),
  inn: innSchema,
  region: z.string().trim().min(2, "Укажите регион").max(100),
  lastName: personNameSchema("Фамилия"),
  firstName: personNameSchema("Имя"),
  middleName: z.string().trim().max(60).optional(),
  email: emailSchema,
  phone: phoneSchema,
  consent: z.literal(true, { error: "Необходимо согласие на обработку персональных данных" }),
});
export type RegisterOrganisationInput = z.input<typeof registerOrganisationSchema>;
export type RegisterOrganisationData = z.output<typeof registerOrganisationSchema>;
