import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, exportJobs, premises } from "@/db/schema";
import { getExportJob, INLINE_EXPORT_ROWS, runExportJob, startExport } from "@/lib/exchange/exports";
import { storage } from "@/lib/storage/storage";
import { writeXlsx, type ExportBatch } from "@/lib/table/xlsx-export";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeBuilding, makePremise } from "../registry/premise-helpers";

let t: TestDb;
let a: OrgFixture;
let buildingId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Выгрузка");
  buildingId = (await makeBuilding(a, "ул. Выгрузная", "1")).id;
});
afterAll(async () => t?.close());

const workbookOf = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
};

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe("Excel exports", () => {
  it("write each batch out before the next is read, so memory holds one batch, not the whole list", async () => {
    let received = 0;
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done();
      },
    });
    const bytesWhenAsked: number[] = [];
    async function* batches(): AsyncGenerator<ExportBatch<{ id: string }>> {
      for (let b = 0; b < 5; b++) {
        bytesWhenAsked.push(received);
        // Random text does not compress: each batch is ~130 KB of sheet XML, well past the zip writer's buffers.
        yield { rows: Array.from({ length: 1000 }, () => ({ id: randomBytes(64).toString("hex") })), skipped: 0 };
      }
    }
    const result = await writeXlsx(out, batches(), { sheetName: "Тест", columns: [{ header: "ID", value: (r) => r.id }], timeZone: "UTC", about: [] });
    expect(result).toEqual({ written: 5000, skipped: 0 });
    // Held all at once, nothing would reach the output until the last batch had been read.
    expect(bytesWhenAsked[1]).toBeGreaterThan(0);
    expect(bytesWhenAsked[4]).toBeGreaterThan(bytesWhenAsked[2]!);
  });

  it("write dates as Excel dates in the viewer's time zone", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "1" });
    await t.db.update(premises).set({ createdAt: new Date("2026-12-01T07:22:42Z") }).where(eq(premises.id, premise.id));
    const started = await startExport({ ...a.director, timezone: "Asia/Yekaterinburg" }, "premises", {});
    if (!("inline" in started)) throw new Error("a one-row export runs inline");
    const workbook = await workbookOf(await bytesOf(started.inline));
    const sheet = workbook.getWorksheet("Помещения");
    const header = (sheet?.getRow(1).values as unknown[]) ?? [];
    const created = sheet?.getRow(2).getCell(header.indexOf("Создано"));
    // 07:22 UTC is 12:22 in Yekaterinburg (UTC+5); Excel shows the date cell as it is stored.
    expect(created?.value).toEqual(new Date("2026-12-01T12:22:42Z"));
    expect(created?.numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(workbook.getWorksheet("Сведения")?.getRow(5).getCell(2).value).toBe("Выгружены все строки по фильтру");
  });

  it("past the inline limit run as a background job with progress, and the file has every row", async () => {
    await t.db.execute(sql`
      insert into premises (org_id, building_id, type, number, search_text)
      select ${a.orgId}, ${buildingId}, 'flat', (1000 + n)::text, 'x' from generate_series(1, ${INLINE_EXPORT_ROWS}) n`);
    const started = await startExport(a.director, "premises", { q: "" });
    if (!("jobId" in started)) throw new Error("a long export becomes a job");
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, started.jobId));
    expect(audit?.action).toBe("export.started");
    expect((await getExportJob(a.director, started.jobId)).status).toBe("queued");

    await runExportJob(t.db, started.jobId);
    const job = await getExportJob(a.director, started.jobId);
    expect(job).toMatchObject({ status: "done", written: INLINE_EXPORT_ROWS + 1, skipped: 0 });
    const workbook = await workbookOf((await storage().read(job.fileKey ?? "")) ?? Buffer.alloc(0));
    expect(workbook.getWorksheet("Помещения")?.rowCount).toBe(INLINE_EXPORT_ROWS + 2);

    // Run again (a redelivered event): nothing happens twice.
    await runExportJob(t.db, started.jobId);
    const [again] = await t.db.select().from(exportJobs).where(eq(exportJobs.id, started.jobId));
    expect(again?.finishedAt).toEqual(job.finishedAt);
    // 10,001 rows written and read back: slow on a busy two-core machine.
  }, 180_000);

  it("keep a job and its file to the employee who asked", async () => {
    const [job] = await t.db.select().from(exportJobs).where(eq(exportJobs.orgId, a.orgId));
    const b = await createOrg(t.db, "Чужая");
    await expect(getExportJob(b.director, job!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
