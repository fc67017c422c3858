import { z } from "zod";
import { emailSchema, optionalText, phoneSchema } from "@/lib/validation/schemas";
import { ipAllowlistSchema } from "./ip-allowlist-schema";
import { timeZoneSchema } from "./russian-time-zones";

const text = (label: string, max: number) => z.string().trim().max(max, `${label}: не длиннее ${max} символов`);

/** An optional form field stored as null when left blank, so clearing a field really clears it. */
const nullable = <T extends z.ZodType<unknown, string>>(schema: T) => optionalText(schema).transform((v) => v ?? null);

const HOSTNAME = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** A site's domain; a pasted address (https://uk.ru/) is reduced to its host name. */
const hostnameSchema = z
  .string()
  .max(300, "Сайт: не длиннее 300 символов")
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/^https?:\/\//, "").replace(/\/+$/, ""))
  .pipe(z.string().max(253, "Домен сайта: не длиннее 253 символов").regex(HOSTNAME, "Укажите домен сайта, например uk-example.ru"));

export const organisationProfileSchema = z.object({
  name: text("Название", 200).min(2, "Укажите название организации"),
  region: text("Регион", 100).min(2, "Укажите регион"),
  timezone: timeZoneSchema,
  siteDomain: nullable(hostnameSchema),
  email: nullable(emailSchema),
  phone: nullable(phoneSchema),
  address: nullable(text("Адрес", 300)),
  receptionHours: nullable(text("Часы приёма", 300)),
  contactPerson: nullable(text("Контактное лицо", 200)),
  additionalInfo: nullable(text("Дополнительная информация", 2000)),
  nextRequestNumber: z.coerce
    .number({ error: "Укажите число" })
    .int("Укажите целое число")
    .min(1, "Номер заявки начинается с 1")
    .max(2_000_000_000, "Слишком большой номер"),
  meterReminderDay: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce
      .number({ error: "Укажите день от 1 до 28" })
      .int("Укажите день от 1 до 28")
      .min(1, "Укажите день от 1 до 28")
      .max(28, "Укажите день от 1 до 28 — он есть в каждом месяце")
      .nullable(),
  ),
  residentsSeeExecutors: z.boolean(),
  staffIpAllowlist: ipAllowlistSchema,
});
export type OrganisationProfileInput = z.input<typeof organisationProfileSchema>;
export type OrganisationProfileData = z.output<typeof organisationProfileSchema>;
