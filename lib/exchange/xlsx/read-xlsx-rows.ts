import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import type { SourceRow } from "../columns";
import { fileIssue, ImportFileError } from "../import-issue";
import { INSTRUCTION_SHEET } from "./registry-columns";
import { Utf8WorkbookReader } from "./utf8-workbook-reader";

type Cell = ExcelJS.CellValue;

/** What a cell shows, as text: formulas give their result, rich text its plain text, numbers as typed. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellText(value.result as Cell);
  if ("text" in value) return String(value.text);
  return "";
}

const notXlsx = () =>
  new ImportFileError([fileIssue("Файл не удалось прочитать как книгу Excel. Сохраните его в формате «Книга Excel (.xlsx)»")]);

/**
 * Rows of the data sheet (the first one that is not the instructions), one at a time from exceljs's streaming
 * reader, so a 50,000-row file never becomes a workbook model in memory. Every sheet is drained: the zip is one
 * stream.
 */
export async function* xlsxRows(input: Readable): AsyncGenerator<SourceRow> {
  let found = false;
  try {
    const reader = new Utf8WorkbookReader(input, { worksheets: "emit", sharedStrings: "cache", styles: "ignore", hyperlinks: "ignore" });
    for await (const sheet of reader) {
      const take: boolean = !found && (sheet as { name?: string }).name !== INSTRUCTION_SHEET;
      found ||= take;
      for await (const row of sheet) {
        if (!take) continue;
        const values = Array.isArray(row.values) ? row.values : [];
        yield { line: row.number, cells: Array.from(values.slice(1), (v) => cellText(v as Cell).trim()) };
      }
    }
  } catch {
    throw notXlsx();
  } finally {
    // Stopped early (say, a missing column): release the upload instead of leaving it paused.
    input.destroy();
  }
  if (!found) throw notXlsx();
}
