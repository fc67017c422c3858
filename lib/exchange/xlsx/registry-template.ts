import ExcelJS from "exceljs";
import { neutraliseValue } from "@/lib/core/spreadsheet-cell";
import { importInstructions } from "../instructions";
import { basisNames, premiseTypeNames } from "../vocabulary";
import { DATA_SHEET, INSTRUCTION_SHEET, registryColumns, type RegistryColumnKey } from "./registry-columns";

export type TemplateExample = Partial<Record<RegistryColumnKey, string | number>>;

const textColumns: RegistryColumnKey[] = ["number", "entrance", "floor", "premiseExternalId", "accountNumber", "els", "legalEntityInn", "phone", "share"];
const LAST_ROW = 100_000;

function columnLetter(key: RegistryColumnKey): string {
  return String.fromCharCode(65 + registryColumns.findIndex((c) => c.key === key));
}

/**
 * The Excel template: the data sheet with every column, examples to overwrite and drop-down lists for the type
 * and the basis; then the instructions. Numbers staff type as identifiers stay text, so «0012» keeps its zeros.
 */
export async function registryTemplate(examples: readonly TemplateExample[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Домком";
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = registryColumns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 2), style: textColumns.includes(c.key) ? { numFmt: "@" } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const example of examples) sheet.addRow(Object.fromEntries(Object.entries(example).map(([key, value]) => [key, neutraliseValue(value)])));
  // exceljs supports range validations at run time, but its typings only declare the per-cell form.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  const list = (key: RegistryColumnKey, names: readonly string[]) =>
    validations.add(`${columnLetter(key)}2:${columnLetter(key)}${LAST_ROW}`, { type: "list", allowBlank: true, formulae: [`"${names.join(",")}"`] });
  list("premiseType", premiseTypeNames);
  list("basis", basisNames);

  const help = workbook.addWorksheet(INSTRUCTION_SHEET);
  help.getColumn(1).width = 120;
  help.addRow(["Как заполнить шаблон"]).font = { bold: true, size: 14 };
  for (const paragraph of importInstructions.registry_xlsx) help.addRow([paragraph]).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
