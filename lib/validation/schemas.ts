import { z } from "zod";

import { isBankAccountFormat, isValidCorrespondentAccount, isValidSettlementAccount } from "./bank-account";
import { isValidBik } from "./bik";
import { isDigits } from "./digits";
import { normalizeEls } from "./els";
import { isValidInn, isValidLegalInn } from "./inn";
import { isValidKpp } from "./kpp";
import { isValidOgrn } from "./ogrn";
import { normalizeAnyPhone, normalizePhone } from "./phone";
import { isValidSnils, normalizeSnils } from "./snils";

type Rule = readonly [(value: string) => boolean, string];

/**
 * Trimmed string checked rule by rule, reporting only the first failure so the user sees
 * the actual problem (e.g. a length error is not followed by a meaningless checksum error).
 */
function ruledString(requiredMessage: string, rules: readonly Rule[]) {
  return z
    .string({ error: requiredMessage })
    .max(100, rules[0]?.[1] ?? requiredMessage)
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") {
        ctx.addIssue({ code: "custom", message: requiredMessage });
        return;
      }
      for (const [isOk, message] of rules) {
        if (!isOk(value)) {
          ctx.addIssue({ code: "custom", message });
          return;
        }
      }
    });
}

export const innSchema = ruledString("Укажите ИНН", [
  [(v) => isDigits(v, 10) || isDigits(v, 12), "ИНН должен содержать 10 или 12 цифр"],
  [isValidInn, "Неверный ИНН: не сходится контрольное число"],
]);

export const legalInnSchema = ruledString("Укажите ИНН", [
  [(v) => isDigits(v, 10), "ИНН организации должен содержать 10 цифр"],
  [isValidLegalInn, "Неверный ИНН: не сходится контрольное число"],
]);

export const kppSchema = ruledString("Укажите КПП", [
  [(v) => v.length === 9, "КПП должен содержать 9 символов"],
  [isValidKpp, "Неверный КПП: допустимы цифры, а в 5–6 позициях также латинские заглавные буквы"],
]);

export const ogrnSchema = ruledString("Укажите ОГРН", [
  [(v) => isDigits(v, 13), "ОГРН должен содержать 13 цифр"],
  [isValidOgrn, "Неверный ОГРН: не сходится контрольное число"],
]);

export const bikSchema = ruledString("Укажите БИК", [
  [(v) => isDigits(v, 9), "БИК должен содержать 9 цифр"],
  [isValidBik, "Неверный БИК: БИК российского банка начинается с 04"],
]);

export const emailSchema = z
  .string({ error: "Укажите email" })
  .trim()
  .toLowerCase()
  .min(1, "Укажите email")
  .max(254, "Email слишком длинный")
  .pipe(z.email("Введите корректный email"));

/** Output is E.164 "+7XXXXXXXXXX". */
export const phoneSchema = z
  .string({ error: "Укажите телефон" })
  .max(30, "Введите телефон в формате +7XXXXXXXXXX")
  .trim()
  .transform((value, ctx) => {
    const phone = value === "" ? null : normalizePhone(value);
    if (phone === null) {
      ctx.addIssue({
        code: "custom",
        message: value === "" ? "Укажите телефон" : "Введите телефон в формате +7XXXXXXXXXX",
      });
      return z.NEVER;
    }
    return phone;
  });

/** Any country's number, output E.164 ("+4930901820"); a number without a country code is read as Russian. */
export const anyPhoneSchema = z
  .string({ error: "Укажите телефон" })
  .max(40, "Телефон: не длиннее 40 символов")
  .trim()
  .transform((value, ctx) => {
    const phone = value === "" ? null : normalizeAnyPhone(value);
    if (phone === null) {
      ctx.addIssue({
        code: "custom",
        message: value === "" ? "Укажите телефон" : "Неверный номер телефона: укажите его с кодом страны, например +7 912 345-67-89 или +49 30 901820",
      });
      return z.NEVER;
    }
    return phone;
  });

/** Output is 11 digits without separators; use formatSnils() for display. */
export const snilsSchema = z
  .string({ error: "Укажите СНИЛС" })
  .max(30, "СНИЛС должен содержать 11 цифр")
  .trim()
  .transform((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "Укажите СНИЛС" });
      return z.NEVER;
    }
    const digits = normalizeSnils(value);
    if (digits === null) {
      ctx.addIssue({ code: "custom", message: "СНИЛС должен содержать 11 цифр" });
      return z.NEVER;
    }
    if (!isValidSnils(digits)) {
      ctx.addIssue({ code: "custom", message: "Неверный СНИЛС: не сходится контрольное число" });
      return z.NEVER;
    }
    return digits;
  });

/** Output is upper-cased. */
export const elsSchema = z
  .string({ error: "Укажите ЕЛС" })
  .max(30, "ЕЛС должен состоять из 10 символов: 2 цифры, 2 буквы, 6 цифр")
  .trim()
  .transform((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "Укажите ЕЛС" });
      return z.NEVER;
    }
    const els = normalizeEls(value);
    if (els === null) {
      ctx.addIssue({
        code: "custom",
        message: "ЕЛС должен состоять из 10 символов: 2 цифры, 2 буквы, 6 цифр",
      });
      return z.NEVER;
    }
    return els;
  });

const settlementAccountSchema = ruledString("Укажите расчётный счёт", [
  [isBankAccountFormat, "Расчётный счёт должен содержать 20 цифр"],
]);

const correspondentAccountSchema = ruledString("Укажите корреспондентский счёт", [
  [isBankAccountFormat, "Корреспондентский счёт должен содержать 20 цифр"],
]);

/**
 * Bank details with both accounts checked against the БИК. The cross-field check runs even when
 * another field failed, so the user sees every problem at once; it skips pairs whose own format
 * is already reported, to avoid stacking a checksum message on top of a length message.
 */
export const bankDetailsSchema = z
  .object({
    bankName: z.string({ error: "Укажите наименование банка" }).max(300, "Наименование банка: не длиннее 300 символов").trim().min(1, "Укажите наименование банка"),
    bik: bikSchema,
    settlementAccount: settlementAccountSchema,
    correspondentAccount: correspondentAccountSchema,
  })
  .superRefine(
    (details, ctx) => {
      const { bik, settlementAccount, correspondentAccount } = details as Partial<Record<string, unknown>>;
      if (typeof bik !== "string" || !isValidBik(bik.trim())) return;
      const bikValue = bik.trim();
      if (
        typeof settlementAccount === "string" &&
        isBankAccountFormat(settlementAccount.trim()) &&
        !isValidSettlementAccount(settlementAccount.trim(), bikValue)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["settlementAccount"],
          message: "Неверный расчётный счёт: контрольная сумма не сходится с БИК",
        });
      }
      if (
        typeof correspondentAccount === "string" &&
        isBankAccountFormat(correspondentAccount.trim()) &&
        !isValidCorrespondentAccount(correspondentAccount.trim(), bikValue)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["correspondentAccount"],
          message: "Неверный корреспондентский счёт: контрольная сумма не сходится с БИК",
        });
      }
    },
    // Zod skips object refinements once a field fails; run anyway so all errors show together.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

/**
 * Makes a text field optional for HTML forms, where an untouched input arrives as "" (or null
 * from FormData.get): blank values become undefined, anything else goes through `schema`.
 */
export function optionalText<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .max(10_000, "Не длиннее 10 000 символов")
    .nullish()
    .transform((value) => (value == null || value.trim() === "" ? undefined : value))
    .pipe(schema.optional());
}
