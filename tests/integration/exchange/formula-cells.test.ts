import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTemplate } from "@/lib/exchange/import-template";
import { startExport } from "@/lib/exchange/exports";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

const EVIL_CITY = '=HYPERLINK("http://evil.example","Оплатить")';

let t: TestDb;
let org: OrgFixture;

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Формулы");
  await createBuilding(org.director, buildingSchema.parse({ city: EVIL_CITY, street: "ул. Ленина", house: "5" }));
});
afterAll(async () => t?.close());

/** Every text cell of the first sheet of a workbook. */
async function sheetTexts(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from(bytes));
  const texts: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))));
  return texts;
}

describe("a building whose city is a formula", () => {
  it("comes out of the CSV example as text", async () => {
    const csv = (await importTemplate(org.director, "accounts_csv")).bytes.toString("utf8");
    expect(csv).toContain(`'${EVIL_CITY.replace(/"/g, '""')}`);
    expect(csv).not.toMatch(/;"?=HYPERLINK/);
  });

  it("comes out of the Excel template as text", async () => {
    const texts = await sheetTexts((await importTemplate(org.director, "registry_xlsx")).bytes);
    expect(texts.filter((text) => text.includes("HYPERLINK"))).toEqual(expect.arrayContaining([expect.stringMatching(/^'=HYPERLINK/)]));
    expect(texts.some((text) => text.startsWith("="))).toBe(false);
  });

  it("comes out of the buildings export as text", async () => {
    const started = await startExport(org.director, "buildings", {});
    if (!("inline" in started)) throw new Error("a one-building export is written at once");
    const texts = await sheetTexts(Buffer.concat(await started.inline.toArray()));
    expect(texts.some((text) => text.startsWith(`'${EVIL_CITY}`))).toBe(true);
    expect(texts.some((text) => text.startsWith("="))).toBe(false);
  });
});
