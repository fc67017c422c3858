import { z } from "zod";
import { invoiceTypes, type InvoiceType } from "@/db/schema";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { parsePriceE4, parseQuantityMilli } from "@/lib/billing/line-arithmetic";
import { optionalCell, requiredCell } from "../cell-schemas";
import { parseKopecks } from "../decimal";
import { periodCell } from "../meters/meter-cells";
import { textKey } from "../text-key";

const typeByWord = new Map<string, InvoiceType>([
  ...invoiceTypes.map((t) => [textKey(invoiceTypeLabels[t]), t] as const),
  [textKey("Капремонт"), "capital_repair"],
  [textKey("Иные"), "other"],
  [textKey("Жилищно-коммунальные услуги"), "utilities"],
]);
export const invoiceTypeNames = invoiceTypes.map((t) => invoiceTypeLabels[t]);

/** «Тип счёта»: ЖКУ when empty. */
const typeCell = z
  .string()
  .max(100, "Тип счёта: не длиннее 100 символов")
  .transform((text, ctx) => {
    if (!text) return "utilities" as InvoiceType;
    const type = typeByWord.get(textKey(text));
    if (!type) {
      ctx.addIssue({ code: "custom", message: `Неизвестный тип счёта «${text}»: укажите ${invoiceTypeNames.join(", ")}` });
      return z.NEVER;
    }
    return type;
  });

/** A sum in roubles; empty is zero unless `required`. `sign` limits it to non-negative amounts. */
const moneyCell = (label: string, { required = false, nonNegative = false } = {}) =>
  z
    .string()
    .max(100, `${label}: не длиннее 100 символов`)
    .transform((text, ctx) => {
      if (!text && !required) return 0n;
      const value = text ? parseKopecks(text) : null;
      if (value === null) {
        ctx.addIssue({ code: "custom", message: text ? `${label}: укажите сумму в рублях, не больше двух знаков после запятой, например 1 234,56` : `Не указано: ${label}` });
        return z.NEVER;
      }
      if (nonNegative && value < 0n) {
        ctx.addIssue({ code: "custom", message: `${label}: сумма не может быть отрицательной` });
        return z.NEVER;
      }
      return value;
    });

const quantityCell = (label: string) =>
  z
    .string()
    .max(100, `${label}: не длиннее 100 символов`)
    .transform((text, ctx) => {
      if (!text) return null;
      const value = parseQuantityMilli(text);
      if (value === null || value < 0n || value > 10_000_000_000n) {
        ctx.addIssue({ code: "custom", message: value !== null && value < 0n ? `${label}: не может быть отрицательным` : `${label}: укажите число, не больше трёх знаков после запятой` });
        return z.NEVER;
      }
      return value;
    });

const priceCell = (label: string) =>
  z
    .string()
    .max(100, `${label}: не длиннее 100 символов`)
    .transform((text, ctx) => {
      if (!text) return null;
      const value = parsePriceE4(text);
      if (value === null || value < 0n) {
        ctx.addIssue({ code: "custom", message: `${label}: укажите цену в рублях, не больше четырёх знаков после запятой, например 42,1234` });
        return z.NEVER;
      }
      return value;
    });

/** A row of «Счета из шаблона». */
export const invoiceImportRowSchema = z.object({
  account: requiredCell("Не указан лицевой счёт", "Лицевой счёт", 30),
  period: periodCell.pipe(z.string("Не указан период: укажите месяц в виде ММ.ГГГГ").max(7)),
  type: typeCell,
  service: requiredCell("Не указана услуга: код или название тарифа дома", "Услуга", 200),
  qty1: quantityCell("Количество"),
  qty2: quantityCell("Количество T2"),
  qty3: quantityCell("Количество T3"),
  price1: priceCell("Тариф"),
  price2: priceCell("Тариф T2"),
  price3: priceCell("Тариф T3"),
  openingDebt: moneyCell("Входящий долг"),
  recalculation: moneyCell("Перерасчёт"),
  benefit: moneyCell("Льгота", { nonNegative: true }),
  penalty: moneyCell("Пени", { nonNegative: true }),
  paid: moneyCell("Оплачено", { nonNegative: true }),
});
export type InvoiceImportRow = z.output<typeof invoiceImportRowSchema>;

/** A row of «Оборотно-сальдовая ведомость»: the four sums must agree — начало + начислено − оплачено = конец. */
export const turnoverImportRowSchema = z
  .object({
    account: requiredCell("Не указан лицевой счёт", "Лицевой счёт", 30),
    period: periodCell,
    type: typeCell,
    service: optionalCell("Услуга", 200),
    opening: moneyCell("Сальдо на начало", { required: true }),
    accrued: moneyCell("Начислено", { required: true }),
    paid: moneyCell("Оплачено", { required: true, nonNegative: true }),
    closing: moneyCell("Сальдо на конец", { required: true }),
  })
  .superRefine((row, ctx) => {
    if (row.opening + row.accrued - row.paid !== row.closing) {
      ctx.addIssue({ code: "custom", path: ["closing"], message: "Сальдо на конец не сходится: должно быть сальдо на начало + начислено − оплачено" });
    }
  });
export type TurnoverImportRow = z.output<typeof turnoverImportRowSchema>;
