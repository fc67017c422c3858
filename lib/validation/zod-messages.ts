import { z } from "zod";

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const typeNames: Record<string, string> = {
  string: "строка",
  number: "число",
  int: "целое число",
  boolean: "true или false",
  array: "массив",
  object: "объект",
  date: "дата",
  null: "null",
};

const formatNames: Record<string, string> = {
  email: "email",
  uuid: "идентификатор (UUID)",
  datetime: "дата и время ISO 8601",
  date: "дата ГГГГ-ММ-ДД",
  url: "адрес (URL)",
  regex: "значение по образцу",
};

const ruLocale = z.locales.ru().localeError;

function sizeMessage(issue: Extract<Issue, { code: "too_small" | "too_big" }>): string | undefined {
  const small = issue.code === "too_small";
  const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const exact = issue.inclusive === false ? (small ? limit + 1 : limit - 1) : limit;
  if (issue.origin === "string") return small && exact === 1 ? "Заполните поле" : `${small ? "Не короче" : "Не длиннее"} ${exact} символов`;
  if (issue.origin === "array" || issue.origin === "set") return `${small ? "Не меньше" : "Не больше"} ${exact} элементов`;
  if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return `${small ? "Не меньше" : "Не больше"} ${limit}`;
  return undefined;
}

/**
 * Russian messages for zod's own issues, for schemas whose rules carry no message of their own (a message written
 * in a schema always wins). zod's bundled Russian locale covers the rest but names types in English.
 */
export function russianZodError(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Обязательное поле";
      return `Ожидается ${typeNames[issue.expected] ?? issue.expected}`;
    case "unrecognized_keys":
      return `Неизвестное поле: ${issue.keys.join(", ")}`;
    case "too_small":
    case "too_big":
      return sizeMessage(issue) ?? ruLocale(issue)?.toString();
    case "invalid_format":
      return `Неверный формат: ожидается ${formatNames[issue.format] ?? issue.format}`;
    case "invalid_value":
      return `Допустимые значения: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "invalid_union":
      return "Неверное значение";
    default: {
      const fallback = ruLocale(issue);
      return typeof fallback === "string" ? fallback : fallback?.message;
    }
  }
}

/** Parses with Russian messages; use where input comes from outside the product's own forms (REST API, files). */
export function parseInRussian<S extends z.ZodType>(schema: S, input: unknown) {
  return schema.safeParse(input, { error: russianZodError });
}
