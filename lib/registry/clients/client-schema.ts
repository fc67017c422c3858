import { z } from "zod";
import { todayIn } from "@/lib/core/date-time";
import { clientTypes } from "@/db/schema";
import { tagNamesSchema } from "@/lib/registry/tags/tag-schema";
import { personNameSchema } from "@/lib/validation/person-name";
import { isDigits } from "@/lib/validation/digits";
import { isValidInn } from "@/lib/validation/inn";
import { isValidKpp } from "@/lib/validation/kpp";
import { isValidOgrn, isValidOgrnip } from "@/lib/validation/ogrn";
import { anyPhoneSchema, emailSchema, innSchema, kppSchema, optionalText, snilsSchema } from "@/lib/validation/schemas";
import { isCompanyType } from "./client-labels";
import type { ClientType } from "@/db/schema";

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
const latestToday = () => todayIn("Pacific/Kiritimati");

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
    .union([z.string().max(20, "Индекс состоит из 6 цифр").trim().regex(/^\d{6}$/, "Индекс состоит из 6 цифр"), z.literal("")])
    .nullish()
    .transform((v) => v || null),
  registrationAddressNote: text(500),
  contactPerson: text(200),
  note: text(2000),
  isTester: z.boolean().default(false),
  tags: tagNamesSchema,
});

/** 13 digits (ОГРН of a company) or 15 (ОГРНИП of an entrepreneur); which one the type needs is checked later. */
const ogrnSchema = z
  .string()
  .max(30, "ОГРН содержит 13 цифр, ОГРНИП — 15")
  .trim()
  .refine((v) => (isDigits(v, 13) ? isValidOgrn(v) : isDigits(v, 15) ? isValidOgrnip(v) : true), "Неверный ОГРН: не сходится контрольное число")
  .refine((v) => isDigits(v, 13) || isDigits(v, 15), "ОГРН содержит 13 цифр, ОГРНИП — 15");

export const clientIdentifierFields = z.object({ inn: nullable(innSchema), kpp: nullable(kppSchema), ogrn: nullable(ogrnSchema), snils: nullable(snilsSchema) });

type Requisites = { inn?: unknown; kpp?: unknown; ogrn?: unknown };
export type RequisiteIssue = { path: "inn" | "kpp" | "ogrn"; message: string };

/**
 * What each type of client is registered with: a company — a 10-digit ИНН, КПП and (a Russian one) a 13-digit ОГРН;
 * an entrepreneur — a 12-digit ИНН and a 15-digit ОГРНИП; a person — a 12-digit ИНН only.
 */
export function requisiteIssues(type: ClientType, requisites: Requisites): RequisiteIssue[] {
  // A value its own schema refuses is already reported; a second message about the type would only add noise.
  const valid = (value: unknown, isOk: (v: string) => boolean) => (typeof value === "string" && isOk(value.trim()) ? value.trim() : null);
  const inn = valid(requisites.inn, isValidInn);
  const kpp = valid(requisites.kpp, isValidKpp);
  const ogrn = valid(requisites.ogrn, (v) => isValidOgrn(v) || isValidOgrnip(v));
  const issues: RequisiteIssue[] = [];
  const company = isCompanyType(type);
  if (inn && company && inn.length !== 10) issues.push({ path: "inn", message: "ИНН организации содержит 10 цифр" });
  if (inn && !company && inn.length !== 12) issues.push({ path: "inn", message: "ИНН физического лица и предпринимателя содержит 12 цифр" });
  if (kpp && !company) issues.push({ path: "kpp", message: "КПП есть только у организаций" });
  if (ogrn && type === "legal_entity" && ogrn.length !== 13) issues.push({ path: "ogrn", message: "ОГРН организации содержит 13 цифр" });
  if (ogrn && type === "sole_proprietor" && ogrn.length !== 15) issues.push({ path: "ogrn", message: "ОГРНИП содержит 15 цифр" });
  if (ogrn && (type === "individual" || type === "foreign_branch")) issues.push({ path: "ogrn", message: "ОГРН есть только у российских организаций и предпринимателей" });
  return issues;
}

/** A person has no contact person; a company has no gender, birth date or passport. Hidden fields are not kept. */
function fitClientType<T extends Record<string, unknown>>(value: T): T {
  if (!isCompanyType(value.type)) return "contactPerson" in value ? { ...value, contactPerson: null } : value;
  const cleared = Object.fromEntries(["gender", "birthDate", "passport", "passportNote"].filter((key) => key in value).map((key) => [key, null]));
  return { ...value, ...cleared };
}

export const externalIdSchema = z.string().trim().min(1, "Укажите внешний идентификатор").max(100, "Не длиннее 100 символов");

function checkName(ctx: z.RefinementCtx, path: string, label: Parameters<typeof personNameSchema>[0], value: unknown) {
  if (typeof value !== "string") return;
  const result = personNameSchema(label).safeParse(value);
  if (!result.success) ctx.addIssue({ code: "custom", path: [path], message: result.error.issues[0]?.message ?? "Неверное значение" });
}

/**
 * Names are letters only (seed 002 §11), except a company's name, which goes into the last name and may hold quotes
 * and digits (seed 003 §7). A client must be identifiable: by a name or at least by a phone. Requisites must fit the
 * type, and fields the type does not have are cleared.
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
      for (const issue of requisiteIssues((v.type as ClientType | undefined) ?? "individual", v)) {
        ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
      }
    },
    // Run even when another field failed, so every problem shows at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
    .transform(fitClientType);
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
