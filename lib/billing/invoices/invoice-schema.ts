import { z } from "zod";
import { invoiceTypes } from "@/db/schema";
import { parseKopecks } from "@/lib/exchange/decimal";
import { boundedString } from "@/lib/validation/bounded-string";
import { parsePriceE4, parseQuantityMilli } from "../line-arithmetic";

const pdfTypes = ["generated", "uploaded", "none"] as const;
const id = (message: string) => z.uuid(message);

/** «Новый счёт»: a draft for one account, type and month (seed 000 §11). */
export const invoiceCreateSchema = z.object({
  isActual: z.boolean(),
  pdfType: z.enum(pdfTypes, "Выберите тип квитанции"),
  type: z.enum(invoiceTypes, "Выберите тип счёта"),
  month: z.coerce.number("Выберите месяц").int().min(1, "Выберите месяц").max(12, "Выберите месяц"),
  year: z.coerce.number("Укажите год").int().min(2000, "Год — от 2000 до 2100").max(2100, "Год — от 2000 до 2100"),
  buildingId: id("Выберите объект"),
  premiseId: id("Выберите помещение"),
  accountId: id("Выберите лицевой счёт"),
});
export type InvoiceCreateData = z.output<typeof invoiceCreateSchema>;

/** «Основное» of a draft: whether it is the actual one and what its receipt is. */
export const invoiceUpdateSchema = z.object({
  id: id("Неверный идентификатор"),
  isActual: z.boolean(),
  pdfType: z.enum(pdfTypes, "Выберите тип квитанции"),
});

export const invoiceIdSchema = z.object({ id: id("Неверный идентификатор") });

/** The fields of a PDF upload for an invoice with «Загружен» receipts; the bytes follow them. */
export const invoicePdfUploadSchema = z.object({ invoiceId: id("Неверный идентификатор") });

/** Above this a quantity is a typing error, not a month of anything a flat consumes or is billed for. */
export const MAX_QUANTITY_MILLI = 1_000_000_000n;

const decimal = <T>(parse: (text: string) => T | null, message: string, accept: (value: T) => string | null = () => null) =>
  z.union([boundedString(30), z.number()]).transform((value, ctx) => {
    const parsed = parse(String(value));
    const refused = parsed === null ? message : accept(parsed);
    if (refused !== null || parsed === null) {
      ctx.addIssue({ code: "custom", message: refused ?? message });
      return z.NEVER;
    }
    return parsed;
  });

const price = decimal(parsePriceE4, "Цена — число, не больше четырёх знаков после запятой", (v) => (v < 0n ? "Цена не может быть отрицательной" : null));
const quantity = decimal(parseQuantityMilli, "Количество — число, не больше трёх знаков после запятой", (v) =>
  v < 0n ? "Количество не может быть отрицательным" : v > MAX_QUANTITY_MILLI ? "Количество больше 1 000 000 — проверьте ввод" : null,
);
const money = decimal(parseKopecks, "Сумма в рублях, не больше двух знаков после запятой");
const nonNegativeMoney = decimal(parseKopecks, "Сумма в рублях, не больше двух знаков после запятой", (v) => (v < 0n ? "Сумма не может быть отрицательной" : null));

/**
 * One row of the services table as staff edit it: a price and a quantity per zone (1–3), and the line's money. A
 * row without `id` is new and names the tariff it is priced from; «Начислено» and «Итого» are never sent — the server
 * computes them with the same arithmetic the browser shows.
 */
export const invoiceLineInputSchema = z
  .object({
    id: id("Неверный идентификатор").nullable(),
    tariffId: id("Неверный идентификатор").nullable(),
    kind: z.enum(["service", "common"]),
    prices: z.array(price).min(1).max(3),
    quantities: z.array(quantity).min(1).max(3),
    openingDebt: money,
    recalculation: money,
    recalculationReason: boundedString(500, "Причина перерасчёта")
      .trim()
      .nullish()
      .transform((v) => v || null),
    benefit: nonNegativeMoney,
    penalty: nonNegativeMoney,
    paid: nonNegativeMoney,
  })
  .superRefine((line, ctx) => {
    if (line.prices.length !== line.quantities.length) ctx.addIssue({ code: "custom", path: ["quantities"], message: "Количество указывается для каждой тарифной зоны" });
    if (line.id === null && line.tariffId === null) ctx.addIssue({ code: "custom", path: ["tariffId"], message: "Выберите услугу" });
    if (line.recalculation !== 0n && !line.recalculationReason) ctx.addIssue({ code: "custom", path: ["recalculationReason"], message: "Укажите причину перерасчёта" });
  });
export type InvoiceLineInput = z.output<typeof invoiceLineInputSchema>;

export const invoiceLinesSaveSchema = z.object({
  invoiceId: id("Неверный идентификатор"),
  lines: z.array(invoiceLineInputSchema).max(100, "Не больше 100 услуг в счёте"),
});
