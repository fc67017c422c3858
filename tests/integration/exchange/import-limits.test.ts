import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchangeLog } from "@/db/schema";
import { importLimitMessages, importLimits } from "@/lib/exchange/import-limits";
import { previewImport } from "@/lib/exchange/preview-import";
import { expectRejected, importOrg, type ImportOrg } from "@/tests/support/exchange-fixtures";
import { bytesFile } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { xlsxBomb } from "@/tests/support/zip-bomb";

let t: TestDb;
let org: ImportOrg;

beforeAll(async () => {
  t = await createTestDb();
  org = await importOrg(t.db, "Пределы");
});
afterAll(async () => t?.close());

const debtCsv = (lines: string[]) => bytesFile(Buffer.from(["Л.С;Баланс", ...lines].join("\n"), "utf8"), "долги.csv");

async function lastLog() {
  const [row] = await t.db.select().from(exchangeLog).where(eq(exchangeLog.orgId, org.orgId)).orderBy(desc(exchangeLog.startedAt)).limit(1);
  return row;
}

describe("import limits", () => {
  it("refuses an xlsx bomb (a small file, a sheet beyond the unpacked limit, a header that lies) before parsing it", async () => {
    const file = bytesFile(await xlsxBomb(importLimits.unpackedBytes / 1024 / 1024 + 10, { lie: true }), "бомба.xlsx");
    const check = expectRejected(await previewImport(org.director, { kind: "registry_xlsx", file, buildingId: null }));
    expect(check.issues).toEqual([{ line: null, column: null, message: importLimitMessages.unpackedBytes }]);
    expect(await lastLog()).toMatchObject({ status: "rejected", fileName: "бомба.xlsx" });
  });

  it("stops reading a file with more lines than the limit", async () => {
    const lines = Array.from({ length: importLimits.rows + 5 }, (_, i) => `${600000 + i};1`);
    const check = expectRejected(await previewImport(org.director, { kind: "debt_csv", file: debtCsv(lines), buildingId: null }));
    expect(check).toMatchObject({ issueCount: 1, issues: [{ line: null, message: importLimitMessages.rows }] });
  });

  it("reports the first thousand problems and counts them all", async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => `${700000 + i};не число`);
    const check = expectRejected(await previewImport(org.director, { kind: "debt_csv", file: debtCsv(lines), buildingId: null }));
    expect(check.issueCount).toBe(2500);
    expect(check.issues).toHaveLength(importLimits.reportedIssues);
    expect(check.issues[0]?.line).toBe(2);
    expect(check.issues.at(-1)?.line).toBe(importLimits.reportedIssues + 1);
    const log = await lastLog();
    expect(log?.summary).toMatchObject({ issues: 2500 });
    expect(log?.errors).toHaveLength(importLimits.reportedIssues);
  });
});
