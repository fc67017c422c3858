import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { wallClock } from "@/lib/core/date-time";
import { neutraliseValue } from "@/lib/core/spreadsheet-cell";

export type CellValue = string | number | Date | boolean | null | undefined;

export type ExportColumn<T> = {
  header: string;
  /** A Date is an instant and is written as an Excel date-time in the viewer's time zone. */
  value: (row: T) => CellValue;
  width?: number;
};

/** A batch of rows and how many rows of the list were meant to be in it but had vanished when it was read. */
export type ExportBatch<T> = { rows: T[]; skipped: number };

/** Data rows per sheet: Excel's limit is 1,048,576 rows including the header; the rest continues on the next sheet. */
export const SHEET_ROWS = 1_048_575;

const DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";
// Two shared style objects instead of one per cell: ExcelJS looks a cell's style up by object identity first, so the
// 1.3 million cells of a 100,000-row export cost two style registrations, not 1.3 million. Frozen, so that a change to
// one cell's style cannot silently restyle the rest.
const DATE_STYLE: Partial<ExcelJS.Style> = Object.freeze({ numFmt: DATE_TIME_FORMAT });
const PLAIN_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * Every exported cell passes through here: dates become Excel dates in the viewer's zone, and text that starts with
 * = + - @ (a formula to Excel) is neutralised.
 */
export function writeCell(cell: ExcelJS.Cell, value: CellValue, timeZone: string): void {
  if (value instanceof Date) {
    cell.value = wallClock(value, timeZone);
    cell.style = DATE_STYLE;
    return;
  }
  cell.value = neutraliseValue(value ?? null);
  cell.style = PLAIN_STYLE;
}

export type XlsxExport<T> = {
  sheetName: string;
  columns: readonly ExportColumn<T>[];
  timeZone: string;
  /** What the «Сведения» sheet says about the file: title, filters… as label/value lines. */
  about: [string, string][];
  /** Called after each batch with the number of rows written so far. */
  onProgress?: (written: number) => Promise<void> | void;
};

/**
 * Streams an .xlsx to `out` with ExcelJS's WorkbookWriter: each row is committed as soon as it is written, so memory
 * holds one batch whatever the size of the list. A last sheet «Сведения» says how many rows were written and whether
 * any were left out (rows that vanished while the export ran).
 */
export async function writeXlsx<T>(out: Writable, batches: AsyncIterable<ExportBatch<T>>, options: XlsxExport<T>): Promise<{ written: number; skipped: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "Домком";
  let sheetNumber = 0;
  const addSheet = () => {
    sheetNumber += 1;
    const name = sheetNumber === 1 ? options.sheetName : `${options.sheetName} (${sheetNumber})`;
    const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = options.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 20 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    return sheet;
  };
  let sheet = addSheet();
  let onSheet = 0;
  let written = 0;
  let skipped = 0;
  for await (const batch of batches) {
    skipped += batch.skipped;
    for (const item of batch.rows) {
      if (onSheet === SHEET_ROWS) {
        sheet.commit();
        sheet = addSheet();
        onSheet = 0;
      }
      const row = sheet.getRow(onSheet + 2);
      options.columns.forEach((column, i) => writeCell(row.getCell(i + 1), column.value(item), options.timeZone));
      row.commit();
      onSheet += 1;
      written += 1;
    }
    await options.onProgress?.(written);
    // Compression runs on libuv's thread pool; letting its callbacks in after each batch drains the zip writer's
    // buffers instead of piling every row up in them when the rows come faster than they compress.
    await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  const about = workbook.addWorksheet("Сведения");
  about.columns = [{ width: 28 }, { width: 60 }];
  const lines: [string, CellValue][] = [
    ...options.about,
    ["Сформирована", new Date()],
    ["Строк выгружено", written],
    ["Не вошло строк", skipped],
    ["", skipped ? "Часть строк удалена или изменена во время выгрузки — сформируйте файл ещё раз" : "Выгружены все строки по фильтру"],
  ];
  for (const [label, value] of lines) {
    const row = about.addRow([label]);
    writeCell(row.getCell(2), value, options.timeZone);
    row.commit();
  }
  about.commit();
  await workbook.commit();
  return { written, skipped };
}
