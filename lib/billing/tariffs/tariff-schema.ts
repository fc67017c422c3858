import { z } from "zod";
import { tariffMethods, tariffTypes, type TariffMethod } from "@/db/schema";
import { parseScaledDecimal } from "@/lib/exchange/decimal";
import { meterResources } from "@/lib/meters/meter-vocabulary";
import { boundedString } from "@/lib/validation/bounded-string";
import { blankable, optionalDate, textOf } from "@/lib/validation/optional-fields";
import { parsePriceE4, parseQuantityMilli } from "../line-arithmetic";

/** The one unit billed by rate zones (day/night, peak/half-peak): seed 000 §7. */
export const ZONED_UNIT = "кВт·ч";

/** Units the form offers; the API and imports may bring others. */
export const tariffUnits = ["м³", ZONED_UNIT, "Гкал", "м²", "чел.", "помещение", "шт.", "усл."] as const;

/** Methods whose quantity is a norm: they cannot bill without one (ПП 354 п. 42). */
export const normMethods: readonly TariffMethod[] = ["norm_residents", "norm_area"];

/** Issue #10: a price above a million roubles per unit is a typo, not a tariff. */
const MAX_PRICE_E4 = 1_000_000n * 10_000n;

const FRACTION = /[.,](\d+)\s*$/;

/** A price per zone as typed («42,1234»): blank → null, else ten-thousandths of a rouble. */
const price = blankable.transform((value, ctx) => {
  const text = textOf(value);
  if (text === "") return null;
  const parsed = parsePriceE4(text);
  if (parsed === null) {
    const tooPrecise = (FRACTION.exec(text)?.[1]?.length ?? 0) > 4 && parseScaledDecimal(text, 20) !== null;
    ctx.addIssue({ code: "custom", message: tooPrecise ? "Не больше 4 знаков после запятой" : "Укажите цену числом, например 42,15" });
    return z.NEVER;
  }
  if (parsed < 0n) {
    ctx.addIssue({ code: "custom", message: "Цена не может быть отрицательной" });
    return z.NEVER;
  }
  if (parsed > MAX_PRICE_E4) {
    ctx.addIssue({ code: "custom", message: "Цена не больше 1 000 000 ₽ за единицу" });
    return z.NEVER;
  }
  return parsed;
});

/** A norm or the increasing factor as typed («6,935», «1,5»): thousandths, blank → null. */
const milli = (label: string, max: bigint) =>
  blankable.transform((value, ctx) => {
    const text = textOf(value);
    if (text === "") return null;
    const parsed = parseQuantityMilli(text);
    if (parsed === null || parsed < 0n || parsed > max) {
      ctx.addIssue({ code: "custom", message: `${label}: число от 0 до ${max / 1000n}, не больше 3 знаков после запятой` });
      return z.NEVER;
    }
    return parsed;
  });

/** A select's "" is «не выбрано». */
const optionalResource = z
  .union([z.enum(meterResources as [string, ...string[]]), z.literal("")])
  .nullish()
  .transform((v) => (v || null) as (typeof meterResources)[number] | null);

const vatRate = blankable.transform((value, ctx) => {
  const text = textOf(value);
  if (text === "") return 22;
  if (!/^\d{1,2}$/.test(text)) {
    ctx.addIssue({ code: "custom", message: "Ставка НДС: целое число процентов от 0 до 99" });
    return z.NEVER;
  }
  return Number(text);
});

/** What staff type in the dialog, the API sends and an import row carries, for one tariff with its price from a date. */
export const tariffFields = z.object({
  // Required-ness of the name is checked with the rules between fields, so that an empty dialog shows every error at once.
  name: boundedString(200, "Наименование услуги").trim(),
  code: boundedString(50, "Код услуги")
    .trim()
    .nullish()
    .transform((v) => v || null),
  type: z.enum(tariffTypes, "Выберите тип услуги"),
  zones: z.coerce.number("Выберите число тарифов").int().min(1).max(3).default(1),
  unit: boundedString(30, "Единица измерения").trim().min(1, "Укажите единицу измерения"),
  method: z.enum(tariffMethods, "Выберите способ расчёта"),
  resource: optionalResource,
  meterPossible: z.boolean().default(false),
  increasingFactor: milli("Повышающий коэффициент", 10_000n).transform((v) => v ?? 1500n),
  legalEntityId: z.union([z.uuid("Выберите юрлицо"), z.literal("")]),
  bankAccountId: z.union([z.uuid(), z.literal("")]).nullish().transform((v) => v || null),
  vatIncluded: z.boolean().default(false),
  vatRate,
  penaltiesWithVat: z.boolean().default(false),
  shownInCabinet: z.boolean().default(true),
  commonEnabled: z.boolean().default(false),
  commonNorm: milli("Норматив ОДН", 1_000_000n),
  price1: price,
  price2: price,
  price3: price,
  norm: milli("Норматив потребления", 1_000_000n),
  validFrom: optionalDate("Действует с", { from: 2000, to: () => new Date().getFullYear() + 5 }),
});

type TariffFields = z.output<typeof tariffFields>;

/** The rules between fields, each reported beside the field to fix. */
function settleTariff<T extends TariffFields>(data: T, ctx: z.RefinementCtx) {
  const issue = (path: keyof TariffFields, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!data.name) issue("name", "Укажите наименование услуги");
  if (data.zones > 1 && data.unit !== ZONED_UNIT) issue("zones", `Несколько тарифов (зон) бывает только у услуги в ${ZONED_UNIT}`);
  if (!data.legalEntityId) issue("legalEntityId", "Выберите юрлицо, на счёт которого поступает оплата");
  if (!data.bankAccountId) issue("bankAccountId", "Укажите расчётный счёт, на который поступает оплата");
  if (data.method === "meter" && !data.resource) issue("resource", "Выберите ресурс: по нему берутся показания приборов");
  if (normMethods.includes(data.method) && data.norm === null) issue("norm", "Укажите норматив: без него услуга не рассчитается");
  if (data.commonEnabled && data.commonNorm === null) issue("commonNorm", "Укажите норматив ОДН на 1 м² площади помещения");
  if (data.price1 === null) issue("price1", "Укажите стоимость");
  if (data.zones >= 2 && data.price2 === null) issue("price2", "Укажите стоимость по второй зоне");
  if (data.zones >= 3 && data.price3 === null) issue("price3", "Укажите стоимость по третьей зоне");
  if (!data.validFrom) issue("validFrom", "Укажите дату, с которой действует цена");
  if (data.increasingFactor < 1000n) issue("increasingFactor", "Повышающий коэффициент не меньше 1");
  // Zones beyond the tariff's count, VAT switches without VAT and a norm with no use are dropped, not stored.
  return {
    ...data,
    resource: data.method === "meter" ? data.resource : null,
    vatRate: data.vatIncluded ? data.vatRate : null,
    penaltiesWithVat: data.vatIncluded && data.penaltiesWithVat,
    commonNorm: data.commonEnabled ? data.commonNorm : null,
    price2: data.zones >= 2 ? data.price2 : null,
    price3: data.zones >= 3 ? data.price3 : null,
    bankAccountId: data.bankAccountId ?? "",
    validFrom: data.validFrom ?? "",
    price1: data.price1 ?? 0n,
  };
}

/** The dialog's schema: the same fields and rules; the dialog adds the building or the tariff's id. */
export const tariffFormSchema = tariffFields.transform(settleTariff);
export type TariffFormInput = z.input<typeof tariffFields>;

export const tariffCreateSchema = tariffFields.extend({ buildingId: z.uuid("Неверный объект") }).transform(settleTariff);
export const tariffUpdateSchema = tariffFields.extend({ id: z.uuid("Неверный идентификатор") }).transform(settleTariff);
export const tariffDeleteSchema = z.object({ id: z.uuid("Неверный идентификатор") });

/** A tariff's settled facts and price, as the services store them. */
export type TariffValues = Omit<z.output<typeof tariffCreateSchema>, "buildingId">;
