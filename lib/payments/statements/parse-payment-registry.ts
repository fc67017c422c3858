import { parseCsv } from "@/lib/exchange/csv/parse-csv";
import { parseScaledDecimal } from "@/lib/exchange/decimal";
import { russianDate, StatementFileError, type StatementLine } from "./statement-line";

type Column = "date" | "time" | "branch" | "terminal" | "number" | "account" | "payer" | "address" | "period" | "amount" | "commission";

/**
 * The fixed order of a Sberbank-style payment registry without a header row: date; time; branch; cashier or
 * terminal; operation number (УНО); account number; payer; address; period; amount; commission.
 */
export const registryColumns: readonly Column[] = ["date", "time", "branch", "terminal", "number", "account", "payer", "address", "period", "amount", "commission"];

/** Header words that name a column, when the registry has a header row (checked in this order). */
const headerWords: [Column, RegExp][] = [
  ["commission", /комисс/i],
  ["account", /лицев|^л\/?с$|^лс$|^елс$/i],
  ["amount", /сумм/i],
  ["time", /время/i],
  ["date", /дата/i],
  ["number", /номер|уно|операц/i],
  ["payer", /фио|плательщ/i],
  ["address", /адрес/i],
  ["period", /период/i],
  ["branch", /отделен|филиал/i],
  ["terminal", /терминал|касс/i],
];

function headerColumns(cells: string[]): Map<Column, number> | null {
  const map = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const column = headerWords.find(([, word]) => word.test(cell.trim()))?.[0];
    if (column && !map.has(column)) map.set(column, i);
  });
  return map.has("amount") && map.has("account") ? map : null;
}

/** The registry's summary line («=12;34500,00;…» or «Итого»): not a payment. */
const isTrailer = (cells: string[]) => /^(=|итог|всего)/i.test(cells[0]?.trim() ?? "");

/**
 * Payments of a bank's payment registry (CSV separated by «;», decoded already). A first row naming the columns
 * («Дата;…;Лицевой счет;…;Сумма») is read as a header and the columns found by their names; without one the fixed
 * order `registryColumns` is assumed. The amount is what the payer paid for the bill; the bank's commission is not
 * booked. Any unreadable row fails the whole file, naming its line.
 */
export function parsePaymentRegistry(text: string): StatementLine[] {
  const records = [...parseCsv(text, ";")].filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (!records.length) throw new StatementFileError("Реестр пуст");
  const header = headerColumns(records[0]!.cells);
  const columns = header ?? new Map(registryColumns.map((c, i) => [c, i]));
  const lines: StatementLine[] = [];
  for (const record of header ? records.slice(1) : records) {
    if (isTrailer(record.cells)) continue;
    const cell = (c: Column) => record.cells[columns.get(c) ?? -1]?.trim() ?? "";
    const where = `Строка ${record.line}`;
    if (!header && record.cells.length < registryColumns.length - 1) {
      throw new StatementFileError(`${where}: ${record.cells.length} полей, а в реестре их ${registryColumns.length} (дата; время; отделение; терминал; номер операции; лицевой счёт; ФИО; адрес; период; сумма; комиссия) — или добавьте строку заголовков`);
    }
    const date = russianDate(cell("date"));
    if (!date) throw new StatementFileError(`${where}: неверная дата «${cell("date")}» (ДД.ММ.ГГГГ)`);
    const amount = parseScaledDecimal(cell("amount"), 2);
    if (amount === null || amount <= 0n) throw new StatementFileError(`${where}: неверная сумма «${cell("amount")}»`);
    lines.push({
      line: record.line,
      number: cell("number") || null,
      date,
      amountKopecks: amount.toString(),
      payerName: cell("payer") || null,
      payerInn: null,
      payerAccount: null,
      purpose: null,
      accountNumber: cell("account") || null,
      address: cell("address") || null,
      period: cell("period") || null,
    });
  }
  if (!lines.length) throw new StatementFileError("В реестре нет платежей");
  return lines;
}
