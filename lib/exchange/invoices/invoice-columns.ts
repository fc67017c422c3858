import type { ColumnSpec } from "../columns";

export const INVOICES_SHEET = "Счета";
export const TURNOVER_SHEET = "ОСВ";

const accountColumn = { key: "account", header: "Лицевой счёт", aliases: ["ЛС", "Л.С", "Л/С", "Номер лицевого счёта"], required: true } as const;
const periodColumn = { key: "period", header: "Период", aliases: ["Месяц", "Расчётный период"], required: false } as const;
const typeColumn = { key: "type", header: "Тип счёта", aliases: ["Тип", "Вид счёта"], required: false } as const;
const serviceColumn = { key: "service", header: "Услуга", aliases: ["Код или название услуги", "Код услуги", "Название услуги"], required: false } as const;

/** «Счета из шаблона»: one row per service line; rows of one account, type and period make one invoice. */
export const invoiceImportColumns = [
  accountColumn,
  { ...periodColumn, required: true },
  typeColumn,
  { ...serviceColumn, required: true },
  { key: "qty1", header: "Количество", aliases: ["Объём", "Количество T1"], required: false },
  { key: "qty2", header: "Количество T2", aliases: ["Количество (ночь)"], required: false },
  { key: "qty3", header: "Количество T3", aliases: ["Количество (полупик)"], required: false },
  { key: "price1", header: "Тариф", aliases: ["Цена", "Тариф T1"], required: false },
  { key: "price2", header: "Тариф T2", required: false },
  { key: "price3", header: "Тариф T3", required: false },
  { key: "openingDebt", header: "Входящий долг", aliases: ["Долг на начало", "Задолженность"], required: false },
  { key: "recalculation", header: "Перерасчёт", required: false },
  { key: "benefit", header: "Льгота", aliases: ["Льготы"], required: false },
  { key: "penalty", header: "Пени", required: false },
  { key: "paid", header: "Оплачено", aliases: ["Оплата"], required: false },
] as const satisfies readonly ColumnSpec<string>[];
export type InvoiceImportKey = (typeof invoiceImportColumns)[number]["key"];

/** «Оборотно-сальдовая ведомость»: one row per account, or per account and service. */
export const turnoverImportColumns = [
  accountColumn,
  periodColumn,
  typeColumn,
  serviceColumn,
  { key: "opening", header: "Сальдо на начало", aliases: ["Сальдо начальное", "Входящее сальдо", "Долг на начало"], required: true },
  { key: "accrued", header: "Начислено", aliases: ["Начисления"], required: true },
  { key: "paid", header: "Оплачено", aliases: ["Оплата", "Поступило"], required: true },
  { key: "closing", header: "Сальдо на конец", aliases: ["Сальдо конечное", "Исходящее сальдо", "Долг на конец"], required: true },
] as const satisfies readonly ColumnSpec<string>[];
export type TurnoverImportKey = (typeof turnoverImportColumns)[number]["key"];
