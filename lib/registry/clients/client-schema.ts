import { z } from "zod";
import { clientTypes } from "@/db/schema";
import { tagNamesSchema } from "@/lib/registry/tags/tag-schema";
import { personNameSchema } from "@/lib/validation/person-name";
import { anyPhoneSchema, emailSchema, innSchema, optionalText, snilsSchema } from "@/lib/validation/schemas";
import { isCompanyType } from "./client-labels";

/** Blank (or, as old systems write for companies, «.» and «-») becomes null; the type-dependent rules come later. */
const namePart = z
  .string()
  .trim()
  .max(200, "Не длиннее 200 символов")
  .nullish()
  .transform((v) => (!v || /^[.\-\s]+$/.test(v) ? null : v));

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .nullish()
    .transform((v) => v || null);

const nullable = <T extends z.ZodType<unknown, string>>(schema: T) => optionalText(schema).transform((v) => v ?? null);

/** A calendar date that has begun somewhere on Earth (UTC+14), so no time zone makes today's date «future». */
const latestToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Pacific/Kiritimati" }).format(new Date());

const birthDate = z
  .union([z.iso.date("Дата в формате ГГГГ-ММ-ДД"), z.literal("")])
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || v <= latestToday(), "Дата рождения не может быть в будущем")
  .refine((v) => v === null || v >= "1900-01-01", "Проверьте год рождения");

const companyName = /^(?=.*\p{L})[\p{L}\p{N}\s"«»„“”'’.,№()&+\-/]+$/u;

/** Fields of the «Общие сведения» tab; ИНН, СНИЛС and external ids live on «Прочее». */
export const clientProfileFields = z.object({
  type: z.enum(clientTypes, "Выберите тип клиента").default("individual"),
  status: z.enum(["active", "blocked"]).default("active"),
  lastName: namePart,
  firstName: namePart,
  middleName: namePart,
  // Owners abroad are clients too: any country's number, stored as E.164.
  phone: nullable(anyPhoneSchema),
  email: nullable(emailSchema),
  gender: z
    .enum(["male", "female", ""])
    .nullish()
    .transform((v) => v || null),
  birthDate,
  passport: text(200),
  passportNote: text(500),
  registrationAddress: text(300),
  registrationPostalCode: z
    .union([z.string().trim().regex(/^\d{6}$/, "Индекс состоит из 6 цифр"), z.literal("")])
    .nullish()
    .transform((v) => v || null),
  registrationAddressNote: text(500),
  note: text(2000),
  isTester: z.boolean().default(false),
  tags: tagNamesSchema,
});

export const clientIdentifierFields = z.object({ inn: nullable(innSchema), snils: nullable(snilsSchema) });

export const externalIdSchema = z.string().trim().min(1, "Укажите внешний идентификатор").max(100, "Не длиннее 100 символов");

function checkName(ctx: z.RefinementCtx, path: string, label: string, value: unknown) {
  if (typeof value !== "string") return;
  const result = personNameSchema(label).safeParse(value);
  if (!result.success) ctx.addIssue({ code: "custom", path: [path], message: result.error.issues[0]?.message ?? "Неверное значение" });
}

/**
 * Names are letters only (seed 002 §11), except a company's name, which goes into the last name and may hold quotes
 * and digits (seed 003 §7). A client must be identifiable: by a name or at least by a phone.
 */
export function withNameRules<T extends z.ZodType<Record<string, unknown>>>(schema: T) {
  return schema.superRefine(
    (value, ctx) => {
      const v = value as Partial<Record<string, unknown>>;
      if (isCompanyType(v.type)) {
        if (!v.lastName) ctx.addIssue({ code: "custom", path: ["lastName"], message: "Укажите наименование" });
        else if (typeof v.lastName === "string" && !companyName.test(v.lastName)) {
          ctx.addIssue({ code: "custom", path: ["lastName"], message: "Наименование: буквы, цифры, кавычки и знаки препинания" });
        }
      } else {
        checkName(ctx, "lastName", "Фамилия", v.lastName);
        if (!v.lastName && !v.phone) ctx.addIssue({ code: "custom", path: ["lastName"], message: "Укажите фамилию или телефон" });
      }
      checkName(ctx, "firstName", "Имя", v.firstName);
      checkName(ctx, "middleName", "Отчество", v.middleName);
    },
    // Run even when another field failed, so every problem shows at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
}

/** The «Новый клиент» form: profile, identifiers and optionally the first external id. */
export const clientSchema = withNameRules(
  clientProfileFields.extend(clientIdentifierFields.shape).extend({
    externalId: text(100),
  }),
);
export type ClientInput = z.input<typeof clientSchema>;
export type ClientData = z.output<typeof clientSchema>;

export const clientUpdateSchema = withNameRules(clientProfileFields.extend({ id: z.uuid("Неверный идентификатор") }));
export type ClientUpdateInput = z.input<typeof clientUpdateSchema>;
export type ClientUpdateData = z.output<typeof clientUpdateSchema>;

export const clientIdentifiersSchema = clientIdentifierFields.extend({ id: z.uuid("Неверный идентификатор") });
export type ClientIdentifiersInput = z.input<typeof clientIdentifiersSchema>;
