import { z } from "zod";
import { emailSchema, elsSchema, legalInnSchema, optionalText, phoneSchema } from "@/lib/validation/schemas";
import { personNameSchema } from "@/lib/validation/person-name";
import { areaSchema } from "@/lib/validation/premise-facts";
import { parseKopecks } from "./decimal";

/** Cells arrive trimmed; an empty one means «not given». */
export const optionalCell = (label: string, max = 100) =>
  z
    .string()
    .max(max, `${label}: не длиннее ${max} символов`)
    .transform((v) => v || undefined);

export const requiredCell = (message: string, label: string, max = 100) =>
  z.string().min(1, message).max(max, `${label}: не длиннее ${max} символов`);

/** A fact about a building (lib/validation/premise-facts) in a cell: empty means «not given». */
export const optionalFactCell = <T>(schema: z.ZodType<T, string>) =>
  z
    .string()
    .max(100, "Не длиннее 100 символов")
    .transform((v) => v || undefined)
    .pipe(schema.optional());

export const areaCell = (label: string) => optionalFactCell(areaSchema(label));

export const roomsCell = z.string().max(100, "Не длиннее 100 символов").transform((text, ctx) => {
  if (!text) return undefined;
  const rooms = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(rooms >= 0 && rooms <= 100)) {
    ctx.addIssue({ code: "custom", message: "Количество комнат: целое число от 0 до 100" });
    return z.NEVER;
  }
  return rooms;
});

export const kopecksCell = z
  .string()
  .max(100, "Не длиннее 100 символов")
  .min(1, "Не указан баланс")
  .transform((text, ctx) => {
    const value = parseKopecks(text);
    if (value === null) {
      ctx.addIssue({ code: "custom", message: "Баланс: укажите сумму в рублях, например 1 234,56 или -100.5" });
      return z.NEVER;
    }
    return value;
  });

export const optionalKopecksCell = z
  .string()
  .max(100, "Не длиннее 100 символов")
  .transform((v) => v || undefined)
  .pipe(kopecksCell.optional());

export const phoneCell = optionalText(phoneSchema);
export const emailCell = optionalText(emailSchema);
export const elsCell = optionalText(elsSchema);
export const legalInnCell = optionalText(legalInnSchema);

// Built once: making a zod schema costs far more than running it, and imports check tens of thousands of names.
const nameSchemas = { lastName: personNameSchema("Фамилия"), firstName: personNameSchema("Имя"), middleName: personNameSchema("Отчество") };
type NameParts = { lastName?: string; firstName?: string; middleName?: string };

/**
 * A person's name parts must be letters; a company (no first and middle name, or «.» in them — seed 003 §7) keeps
 * its name as written in the last name. Adds issues under each part's key.
 */
export function checkPersonName(parts: NameParts, ctx: z.RefinementCtx): void {
  for (const key of ["lastName", "firstName", "middleName"] as const) {
    const value = parts[key];
    if (!value || value === ".") continue;
    const result = nameSchemas[key].safeParse(value);
    if (!result.success) ctx.addIssue({ code: "custom", path: [key], message: result.error.issues[0]?.message ?? "Неверное значение" });
  }
}

export const dotless = (value: string | undefined) => (value === "." ? undefined : value);
