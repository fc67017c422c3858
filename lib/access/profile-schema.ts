import { z } from "zod";
import { optionalTimeZoneSchema } from "@/lib/org/russian-time-zones";
import { optionalText, phoneSchema } from "@/lib/validation/schemas";
import { personNameSchema } from "@/lib/validation/person-name";

/** What an employee may change about themselves; email, role and buildings are set by the director. */
export const profileSchema = z.object({
  lastName: personNameSchema("Фамилия"),
  firstName: personNameSchema("Имя"),
  middleName: optionalText(personNameSchema("Отчество")),
  phone: optionalText(phoneSchema),
  timezone: optionalTimeZoneSchema,
});
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileData = z.output<typeof profileSchema>;
