import { execFileSync } from "node:child_process";
import { buffer } from "node:stream/consumers";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoices } from "@/db/schema";
import { getExportJob, openExportFile, runExportJob, startExport } from "@/lib/exchange/exports";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { seedReceipt } from "@/tests/support/receipt-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let houseId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Пачечная");
  b = await createOrg(t.db, "Другая");
  houseId = (await makeBuilding(a, "ул. Печатная", "9", "Москва")).id;
  for (const n of ["1", "2", "3"]) await seedReceipt(t.db, a.orgId, houseId, n);
  const uploaded = await seedReceipt(t.db, a.orgId, houseId, "4");
  await t.db.update(invoices).set({ pdfType: "uploaded" }).where(eq(invoices.id, uploaded.invoice.id));
  await seedReceipt(t.db, a.orgId, houseId, "5", { status: "draft" });
});
afterAll(() => t.close());

const pageCount = (pdf: Buffer) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", ["-"], { input: pdf }).toString())?.[1]);

describe("a building's receipts as one PDF", () => {
  it("runs as an export job: issued generated receipts only, one page each, progress and the file to download", async () => {
    const started = await startExport(a.director, "receipts", { buildingId: houseId, period: "2026-03" });
    if (!("jobId" in started)) throw new Error("a batch always runs in the background");
    expect((await getExportJob(a.director, started.jobId)).expected).toBe(3);
    await runExportJob(t.db, started.jobId);
    const job = await getExportJob(a.director, started.jobId);
    expect(job).toMatchObject({ status: "done", written: 3, skipped: 1, format: "pdf" });
    const file = await openExportFile(a.director, started.jobId);
    const pdf = await buffer(file.stream);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(3);
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString();
    expect(text.indexOf("кв. 1")).toBeLessThan(text.indexOf("кв. 2"));
  });

  it("refuses another organisation's building and a bad month before queuing anything", async () => {
    await expect(startExport(b.director, "receipts", { buildingId: houseId, period: "2026-03" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startExport(a.director, "receipts", { buildingId: houseId, period: "2026-13" })).rejects.toMatchObject({ code: "VALIDATION" });
    // A month with nothing issued is said beside the month, not left to fail as an empty job.
    await expect(startExport(a.director, "receipts", { buildingId: houseId, period: "2025-11" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { period: ["За этот месяц у дома нет выставленных счетов с квитанцией"] },
    });
  });
});
