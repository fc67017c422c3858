import ExcelJS from "exceljs";
import { neutraliseValue } from "@/lib/core/spreadsheet-cell";
import type { ColumnSpec } from "../columns";
import { INSTRUCTION_SHEET } from "./registry-columns";

const LAST_ROW = 100_000;

type Template<K extends string> = {
  sheet: string;
  columns: readonly ColumnSpec<K>[];
  /** Columns of identifiers staff type as numbers: kept text, so «0012» keeps its zeros. */
  textColumns: readonly K[];
  examples: readonly Partial<Record<K, string | number>>[];
  /** Drop-down lists of the allowed words. */
  lists?: Partial<Record<K, readonly string[]>>;
  instructions: readonly string[];
};

/** An import template: the data sheet with every column and examples to overwrite, then the instructions. */
export async function sheetTemplate<K extends string>({ sheet: name, columns, textColumns, examples, lists = {}, instructions }: Template<K>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Домком";
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 2), style: textColumns.includes(c.key) ? { numFmt: "@" } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const example of examples) sheet.addRow(Object.fromEntries(Object.entries(example).map(([key, value]) => [key, neutraliseValue(value as string | number)])));
  // exceljs supports range validations at run time, but its typings only declare the per-cell form.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [key, names] of Object.entries(lists) as [K, readonly string[]][]) {
    const letter = String.fromCharCode(65 + columns.findIndex((c) => c.key === key));
    validations.add(`${letter}2:${letter}${LAST_ROW}`, { type: "list", allowBlank: true, formulae: [`"${names.join(",")}"`] });
  }

  const help = workbook.addWorksheet(INSTRUCTION_SHEET);
  help.getColumn(1).width = 120;
  help.addRow(["Как заполнить шаблон"]).font = { bold: true, size: 14 };
  for (const paragraph of instructions) help.addRow([paragraph]).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
