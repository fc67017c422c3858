import type { ColumnSpec } from "../columns";

const accountColumn = { key: "account", header: "Л.С", aliases: ["Л/С", "ЛС", "Лицевой счёт", "Номер лицевого счёта"], required: true } as const;

/** Seed 003 §7, «Загрузка лицевых счетов с помощью csv файлика». */
export const accountsCsvColumns = [
  accountColumn,
  { key: "balance", header: "Баланс", required: false },
  { key: "lastName", header: "Фамилия", required: true },
  { key: "firstName", header: "Имя", required: false },
  { key: "middleName", header: "Отчество", required: false },
  { key: "flat", header: "Квартира", required: true },
  { key: "house", header: "Дом", required: false },
  { key: "city", header: "Город", required: false },
  { key: "region", header: "Регион", required: false },
] as const satisfies readonly ColumnSpec<string>[];

/** Seed 003 §7, «Как загрузить задолженность собственников»: exactly two columns. */
export const debtCsvColumns = [accountColumn, { key: "balance", header: "Баланс", required: true }] as const satisfies readonly ColumnSpec<string>[];
