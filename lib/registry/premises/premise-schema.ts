import { z } from "zod";
import { premiseTypes } from "@/db/schema";
import { tagNamesSchema } from "@/lib/registry/tags/tag-schema";
import { premiseTypeInfo } from "./premise-types";

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: не длиннее ${max} символов`)
    .nullish()
    .transform((v) => v || null);

/** «45,5» or 45.5 → "45.5"; numeric(10,2) keeps two decimals. Blank → null. */
const area = (label: string) =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value, ctx) => {
      const text = String(value ?? "").trim().replace(",", ".");
      if (text === "") return null;
      if (!/^\d{1,8}(\.\d{1,2})?$/.test(text) || Number(text) <= 0) {
        ctx.addIssue({ code: "custom", message: `${label}: положительное число, не больше двух знаков после запятой` });
        return z.NEVER;
      }
      return text;
    });

const rooms = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value, ctx) => {
    const text = String(value ?? "").trim();
    if (text === "") return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > 100) {
      ctx.addIssue({ code: "custom", message: "Количество комнат: целое число от 1 до 100" });
      return z.NEVER;
    }
    return n;
  });

/** The form's fields as an object schema, for callers that need its keys (the REST API refuses any other). */
export const premiseFields = z.object({
  buildingId: z.uuid("Выберите объект"),
  type: z.enum(premiseTypes, "Выберите тип помещения"),
  number: z.string().trim().min(1, "Укажите номер").max(20, "Номер: не длиннее 20 символов"),
  entrance: optionalText("Подъезд", 10),
  floor: optionalText("Этаж", 10),
  totalArea: area("Общая площадь"),
  livingArea: area("Жилая площадь"),
  rooms,
  onlinePayment: z.boolean().default(true),
  note: optionalText("Примечание", 2000),
  externalId: optionalText("Внешний идентификатор", 100),
  tags: tagNamesSchema,
});

/**
 * Fields the chosen type does not have are cleared, so switching a flat to a parking space in the form does not
 * leave a hidden entrance or living area behind.
 */
function fitType<T extends z.output<typeof premiseFields>>(data: T): T {
  const info = premiseTypeInfo[data.type];
  return {
    ...data,
    entrance: info.entrance ? data.entrance : null,
    floor: info.floor ? data.floor : null,
    rooms: info.rooms ? data.rooms : null,
    livingArea: info.livingArea ? data.livingArea : null,
  };
}

const livingWithinTotal = (data: { totalArea: string | null; livingArea: string | null }) =>
  !data.totalArea || !data.livingArea || Number(data.livingArea) <= Number(data.totalArea);
const livingMessage = { message: "Жилая площадь не может быть больше общей", path: ["livingArea"] };

export const premiseSchema = premiseFields.transform(fitType).refine(livingWithinTotal, livingMessage);
export type PremiseInput = z.input<typeof premiseSchema>;
export type PremiseData = z.output<typeof premiseSchema>;

export const premiseUpdateSchema = premiseFields
  .extend({ id: z.uuid("Неверный идентификатор") })
  .transform(fitType)
  .refine(livingWithinTotal, livingMessage);
export type PremiseUpdateData = z.output<typeof premiseUpdateSchema>;

export const premiseIdSchema = z.object({ id: z.uuid("Неверный идентификатор") });
