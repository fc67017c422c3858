import { z } from "zod";
import { premiseTypes } from "@/db/schema";
import { tagNamesSchema } from "@/lib/registry/tags/tag-schema";
import { boundedString } from "@/lib/validation/bounded-string";
import { areaSchema, entranceSchema, floorSchema, premiseNumberSchema } from "@/lib/validation/premise-facts";
import { premiseTypeInfo } from "./premise-types";

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: не длиннее ${max} символов`)
    .nullish()
    .transform((v) => v || null);

/** A blank field is null; anything else must pass `schema`. Numbers from the REST API arrive as numbers. */
const optionalFact = <T>(schema: z.ZodType<T, string>) =>
  z
    .union([boundedString(50), z.number()])
    .nullish()
    .transform((value) => String(value ?? "").trim() || null)
    .pipe(schema.nullable());

/** A whole count typed or sent as a number; blank → null. */
const count = (label: string, min: number, max: number) =>
  z
    .union([boundedString(50), z.number()])
    .nullish()
    .transform((value, ctx) => {
      const text = String(value ?? "").trim();
      if (text === "") return null;
      const n = Number(text);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label}: целое число от ${min} до ${max}` });
        return z.NEVER;
      }
      return n;
    });

/** The form's fields as an object schema, for callers that need its keys (the REST API refuses any other). */
export const premiseFields = z.object({
  buildingId: z.uuid("Выберите объект"),
  type: z.enum(premiseTypes, "Выберите тип помещения"),
  number: boundedString(100, "Номер").trim().pipe(premiseNumberSchema),
  entrance: optionalFact(entranceSchema),
  floor: optionalFact(floorSchema),
  totalArea: optionalFact(areaSchema("Общая площадь")),
  livingArea: optionalFact(areaSchema("Жилая площадь")),
  rooms: count("Количество комнат", 1, 100),
  /** «Зарегистрировано, чел.»: billing by norm × residents multiplies by it. */
  registeredResidents: count("Зарегистрировано", 0, 100),
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
