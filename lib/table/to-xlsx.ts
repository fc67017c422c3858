import ExcelJS from "exceljs";
import { neutraliseValue } from "@/lib/core/spreadsheet-cell";

export type ExportColumn<T> = {
  header: string;
  value: (row: T) => string | number | Date | boolean | null | undefined;
  width?: number;
};

/** One sheet with a bold, frozen header row; dates stay dates so Excel can sort and filter them. */
export async function toXlsx<T>(sheetName: string, columns: readonly ExportColumn<T>[], rows: readonly T[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Домком";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => neutraliseValue(c.value(row) ?? null)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
