import { z } from "zod";
import { buildingPassportFields, checkPassportAreas } from "./building-passport-schema";

const part = (label: string, max = 100) => z.string().trim().max(max, `${label}: не длиннее ${max} символов`);
const optionalPart = (label: string, max = 100) =>
  part(label, max)
    .optional()
    .transform((v) => v || null);
const optionalId = z
  .union([z.uuid("Неверный идентификатор"), z.literal("")])
  .optional()
  .transform((v) => v || null);

const buildingFields = z.object({
  postalCode: z
    .union([z.string().max(20, "Индекс состоит из 6 цифр").trim().regex(/^\d{6}$/, "Индекс состоит из 6 цифр"), z.literal("")])
    .optional()
    .transform((v) => v || null),
  region: optionalPart("Регион"),
  city: part("Город").min(1, "Укажите населённый пункт"),
  street: part("Улица").min(1, "Укажите улицу"),
  house: part("Дом", 20).min(1, "Укажите номер дома"),
  block: optionalPart("Корпус", 20),
  structure: optionalPart("Строение", 20),
  groupId: optionalId,
  quarterId: optionalId,
  legalEntityId: optionalId,
  externalId: optionalPart("Внешний идентификатор", 100),
  ...buildingPassportFields,
});

export const buildingSchema = buildingFields.superRefine(checkPassportAreas);
export type BuildingInput = z.input<typeof buildingSchema>;
export type BuildingData = z.output<typeof buildingSchema>;

export const buildingUpdateSchema = buildingFields.extend({ id: z.uuid("Неверный идентификатор") }).superRefine(checkPassportAreas);

/** «г. Казань, ул. Ленина, д. 5 корп. 2 стр. 1» — the way Russian addresses are written on documents. */
export function formatBuildingAddress(b: Pick<BuildingData, "city" | "street" | "house" | "block" | "structure">): string {
  const house = [`д. ${b.house}`, b.block && `корп. ${b.block}`, b.structure && `стр. ${b.structure}`].filter(Boolean).join(" ");
  return [b.city, b.street, house].join(", ");
}
