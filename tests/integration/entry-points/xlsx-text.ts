import ExcelJS from "exceljs";

/** All cell values of an .xlsx response as one string, to check what an export reveals. */
export async function xlsxText(response: Response): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const parts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => parts.push(JSON.stringify(row.values))));
  return parts.join("\n");
}
