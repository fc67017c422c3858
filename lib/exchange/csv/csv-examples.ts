import { neutraliseCell } from "@/lib/core/spreadsheet-cell";
import { accountsCsvColumns, debtCsvColumns } from "./csv-columns";

type Place = { city: string; house: string } | null;

const quoted = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const line = (cells: readonly string[]) => cells.map((c) => quoted(neutraliseCell(c))).join(";");

/** UTF-8 with a BOM and «;» between values: what Russian Excel opens correctly with a double click. */
const csvFile = (rows: readonly (readonly string[])[]) => Buffer.from(`\ufeff${rows.map(line).join("\r\n")}\r\n`, "utf8");

export function accountsCsvExample(place: Place): Buffer {
  const house = place?.house ?? "ул. Ленина, д. 5";
  const city = place?.city ?? "Москва";
  return csvFile([
    accountsCsvColumns.map((c) => c.header),
    ["100001", "1 234,56", "Иванов", "Иван", "Иванович", "1", house, city, ""],
    ["100002", "-100,50", "ООО «Ромашка»", ".", ".", "2", house, city, ""],
    ["100003", "", "Петрова", "Анна", "", "3", "", "", ""],
  ]);
}

export function debtCsvExample(): Buffer {
  return csvFile([debtCsvColumns.map((c) => c.header), ["100001", "1234,56"], ["100002", "-100.5"], ["100003", "0"]]);
}
