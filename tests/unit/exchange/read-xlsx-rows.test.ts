import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/exchange/import-issue";
import type { SourceRow } from "@/lib/exchange/columns";
import { xlsxRows } from "@/lib/exchange/xlsx/read-xlsx-rows";

// Enough Cyrillic (two bytes a letter) that letters fall on the boundaries of the reader's chunks.
const rows = Array.from({ length: 4000 }, (_, i) => [`Москва, ул. Молодёжная, д. ${i}`, "квартира", i, `Щукина-Съёмщикова ${i}`]);

async function sharedStringsFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Данные");
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet("Инструкция").addRow(["прочтите меня"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function inlineStringsFile(): Promise<Buffer> {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on("data", (part: Buffer) => parts.push(part));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet("Данные");
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(parts);
}

async function readAll(bytes: Buffer): Promise<SourceRow[]> {
  const all: SourceRow[] = [];
  for await (const row of xlsxRows(Readable.from(bytes))) all.push(row);
  return all;
}

const expected = rows.map((row, i) => ({ line: i + 1, cells: row.map(String) }));

describe("xlsxRows", () => {
  it("reads Cyrillic intact from a large file with shared strings (as Excel saves it)", async () => {
    expect(await readAll(await sharedStringsFile())).toEqual(expected);
  });

  it("reads Cyrillic intact from a large file with inline strings (as streaming writers save it)", async () => {
    expect(await readAll(await inlineStringsFile())).toEqual(expected);
  });

  it("refuses a file that is not an Excel workbook", async () => {
    await expect(readAll(Buffer.from("Л.С;Баланс\n1;2\n"))).rejects.toBeInstanceOf(ImportFileError);
  });
});
