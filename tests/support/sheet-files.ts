import ExcelJS from "exceljs";
import { registryColumns, type RegistryColumnKey } from "@/lib/exchange/xlsx/registry-columns";

/** An .xlsx upload built in memory: one sheet with these rows (the first is the header). */
export async function xlsxFile(rows: readonly (readonly (string | number | null)[])[], name = "реестр.xlsx"): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Помещения и клиенты");
  for (const row of rows) sheet.addRow([...row]);
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], name);
}

export const bytesFile = (bytes: Uint8Array | Buffer, name: string) => new File([new Uint8Array(bytes)], name);

/** The Excel registry file with the template's header and these rows (missing cells left empty). */
export async function registryXlsx(rows: readonly Partial<Record<RegistryColumnKey, string | number>>[], omit: readonly RegistryColumnKey[] = []): Promise<File> {
  const columns = registryColumns.filter((c) => !omit.includes(c.key));
  return xlsxFile([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => row[c.key] ?? null))]);
}
