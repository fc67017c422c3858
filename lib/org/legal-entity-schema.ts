import { z } from "zod";
import { isDigits } from "@/lib/validation/digits";
import { isValidOgrn, isValidOgrnip } from "@/lib/validation/ogrn";
import { emailSchema, innSchema, kppSchema, optionalText, phoneSchema } from "@/lib/validation/schemas";

const nullable = <T extends z.ZodType<unknown, string>>(schema: T) => optionalText(schema).transform((v) => v ?? null);

/** ОГРН (13 digits) of an organisation or ОГРНИП (15 digits) of an individual entrepreneur, check digit included. */
const ogrnAnySchema = z
  .string()
  .max(30, "ОГРН должен содержать 13 цифр, ОГРНИП — 15")
  .trim()
  .superRefine((v, ctx) => {
    if (!isDigits(v, 13) && !isDigits(v, 15)) {
      ctx.addIssue({ code: "custom", message: "ОГРН содержит 13 цифр, ОГРНИП — 15" });
    } else if (v.length === 13 ? !isValidOgrn(v) : !isValidOgrnip(v)) {
      ctx.addIssue({ code: "custom", message: `Неверный ${v.length === 13 ? "ОГРН" : "ОГРНИП"}: не сходится контрольное число` });
    }
  });

export const legalEntitySchema = z
  .object({
    name: z.string().trim().min(2, "Укажите наименование").max(300, "Не длиннее 300 символов"),
    inn: innSchema,
    kpp: nullable(kppSchema),
    ogrn: nullable(ogrnAnySchema),
    address: nullable(z.string().trim().max(500, "Не длиннее 500 символов")),
    phone: nullable(phoneSchema),
    email: nullable(emailSchema),
  })
  .superRefine(({ inn, kpp, ogrn }, ctx) => {
    // An individual entrepreneur (12-digit ИНН) has no КПП and registers with an ОГРНИП; an organisation with an ОГРН.
    const entrepreneur = inn.length === 12;
    if (entrepreneur && kpp) ctx.addIssue({ code: "custom", path: ["kpp"], message: "У индивидуального предпринимателя нет КПП" });
    if (ogrn && entrepreneur !== (ogrn.length === 15)) {
      const message = entrepreneur ? "У индивидуального предпринимателя ОГРНИП из 15 цифр" : "У организации ОГРН из 13 цифр";
      ctx.addIssue({ code: "custom", path: ["ogrn"], message });
    }
  });
export type LegalEntityInput = z.input<typeof legalEntitySchema>;
export type LegalEntityData = z.output<typeof legalEntitySchema>;

export const legalEntityUpdateSchema = legalEntitySchema.safeExtend({ id: z.uuid("Неверный идентификатор") });

export const setArchivedSchema = z.object({ id: z.uuid("Неверный идентификатор"), archived: z.boolean() });
