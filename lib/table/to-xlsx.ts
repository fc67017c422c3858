import ExcelJS from "exceljs";
import { wallClock } from "@/lib/core/date-time";
import { neutraliseValue } from "@/lib/core/spreadsheet-cell";

export type ExportColumn<T> = {
  header: string;
  value: (row: T) => string | number | Date | boolean | null | undefined;
  width?: number;
};

/**
 * One sheet with a bold, frozen header row. Dates stay dates so Excel can sort and filter them, shown as
 * «ДД.ММ.ГГГГ ЧЧ:ММ» in `timeZone` (the employee's, ctx.timezone): Excel has no zones, so the cell holds that wall clock.
 */
export async function toXlsx<T>(sheetName: string, columns: readonly ExportColumn<T>[], rows: readonly T[], timeZone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Домком";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values = columns.map((c) => c.value(row) ?? null);
    const added = sheet.addRow(values.map((v) => (v instanceof Date ? wallClock(v, timeZone) : neutraliseValue(v))));
    values.forEach((v, i) => {
      if (v instanceof Date) added.getCell(i + 1).numFmt = "dd.mm.yyyy hh:mm";
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
