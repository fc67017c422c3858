import type { ColumnSpec } from "../columns";

export const METERS_SHEET = "Приборы учёта";
export const READINGS_SHEET = "Показания";

const accountColumn = { key: "account", header: "Лицевой счёт", aliases: ["Л.С", "Л/С", "ЛС", "Номер лицевого счёта"], required: false } as const;
const serialColumn = { key: "serial", header: "Заводской номер", aliases: ["Серийный номер", "Номер прибора", "Номер счётчика", "Заводской №"], required: false } as const;
const resourceColumn = { key: "resource", header: "Ресурс", aliases: ["Вид ресурса", "Услуга"], required: false } as const;

/** «Приборы учёта с последними показаниями»: one row per meter. */
export const meterImportColumns = [
  accountColumn,
  { key: "building", header: "Объект (адрес)", aliases: ["Объект", "Адрес", "Адрес дома", "Дом"], required: false },
  { key: "flat", header: "Квартира", aliases: ["Номер помещения", "Помещение", "Кв"], required: false },
  { ...resourceColumn, required: true },
  { ...serialColumn, required: true },
  { key: "model", header: "Модель", aliases: ["Марка", "Тип прибора"], required: false },
  { key: "zones", header: "Тарифных зон", aliases: ["Зон", "Тарифность", "Количество тарифов"], required: false },
  { key: "place", header: "Место установки", required: false },
  { key: "installedOn", header: "Дата установки", required: false },
  { key: "manufacturedOn", header: "Дата выпуска", aliases: ["Дата изготовления"], required: false },
  { key: "interval", header: "Межповерочный интервал, лет", aliases: ["Межповерочный интервал", "МПИ"], required: false },
  { key: "nextVerificationOn", header: "Дата следующей поверки", aliases: ["Следующая поверка", "Дата поверки"], required: false },
  { key: "digits", header: "Разрядность", aliases: ["Знаков до запятой", "Разрядность счётного механизма"], required: false },
  { key: "seal", header: "Номер пломбы", aliases: ["Пломба"], required: false },
  { key: "externalId", header: "Внешний ID", aliases: ["Внешний идентификатор", "Код прибора"], required: false },
  { key: "reading1", header: "Показание T1", aliases: ["Показание", "Последнее показание", "Показание (день)", "Показание T1 (день, пик)"], required: false },
  { key: "reading2", header: "Показание T2", aliases: ["Показание (ночь)", "Показание T2 (ночь)"], required: false },
  { key: "reading3", header: "Показание T3", aliases: ["Показание (полупик)", "Показание T3 (полупик)"], required: false },
  { key: "readingDate", header: "Дата показаний", aliases: ["Дата показания", "Период показаний", "Период"], required: false },
] as const satisfies readonly ColumnSpec<string>[];
export type MeterImportKey = (typeof meterImportColumns)[number]["key"];

/** «Показания за период»: one row per meter and zone. */
export const readingImportColumns = [
  serialColumn,
  accountColumn,
  resourceColumn,
  { key: "zone", header: "Зона", aliases: ["Тарифная зона", "Тариф"], required: false },
  { key: "value", header: "Показание", aliases: ["Текущее показание", "Показания"], required: true },
  { key: "period", header: "Период", aliases: ["Месяц", "Расчётный период"], required: false },
  { key: "takenOn", header: "Дата снятия", aliases: ["Дата показаний", "Дата"], required: false },
  { key: "externalId", header: "Внешний ID", aliases: ["Внешний идентификатор", "ID показания"], required: false },
] as const satisfies readonly ColumnSpec<string>[];
export type ReadingImportKey = (typeof readingImportColumns)[number]["key"];

export const headerOf = <K extends string>(columns: readonly ColumnSpec<K>[]) => Object.fromEntries(columns.map((c) => [c.key, c.header])) as Record<K, string>;
