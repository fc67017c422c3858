import { z } from "zod";
import { personNameSchema } from "@/lib/validation/person-name";
import { optionalText, phoneSchema } from "@/lib/validation/schemas";
import { otpCodeSchema } from "../otp/otp-schema";

const orgId = z.uuid("Выберите управляющую организацию");

export const organisationSearchSchema = z.object({
  q: z.string().trim().min(3, "Введите не меньше 3 символов").max(100, "Слишком длинный запрос"),
});

export const registrationCodeSchema = z.object({ orgId, phone: phoneSchema });

/** Account numbers are printed with spaces on some receipts; they are compared without them. */
export const accountNumberSchema = z
  .string({ error: "Укажите номер лицевого счёта" })
  .max(100, "Номер лицевого счёта: не длиннее 30 символов")
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.string().min(1, "Укажите номер лицевого счёта").max(30, "Номер лицевого счёта: не длиннее 30 символов"));

export const registrationSchema = z.object({
  orgId,
  accountNumber: accountNumberSchema,
  lastName: personNameSchema("Фамилия"),
  firstName: optionalText(personNameSchema("Имя")),
  middleName: optionalText(personNameSchema("Отчество")),
  phone: phoneSchema,
  code: otpCodeSchema,
  consent: z.literal(true, "Без согласия на обработку персональных данных регистрация невозможна"),
});
export type RegistrationInput = z.input<typeof registrationSchema>;
export type RegistrationData = z.output<typeof registrationSchema>;
