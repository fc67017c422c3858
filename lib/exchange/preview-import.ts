import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream } from "node:stream/web";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { storeUpload } from "@/lib/files/file-store";
import { storage, storedBody, type UploadBody } from "@/lib/storage/storage";
import { planAccountsCsv } from "./csv/plan-accounts-csv";
import { planDebtCsv } from "./csv/plan-debt-csv";
import { readCsvRows } from "./csv/read-csv-rows";
import { ImportFileError, type ImportIssue } from "./import-issue";
import { assertImportAllowed, type ImportKind } from "./import-kinds";
import { importLimitMessages, importLimits } from "./import-limits";
import type { ImportFields, ImportUpload } from "./import-schema";
import { planSummary } from "./plan/plan-summary";
import type { PlannedImport } from "./plan/planned-import";
import type { ImportPreview } from "./plan/registry-plan";
import { saveImport } from "./plan-store";
import { assertZipWithinLimits } from "./xlsx/check-zip";
import { planRegistryXlsx } from "./xlsx/plan-registry-xlsx";
import { xlsxRows } from "./xlsx/read-xlsx-rows";
import { planMeters } from "./meters/plan-meters";
import { planReadings } from "./meters/plan-readings";
import { planInvoices } from "./invoices/plan-invoices";
import { planTurnover } from "./invoices/plan-turnover";
import { writeExchangeLog } from "./write-exchange-log";

export type ImportCheck =
  | { status: "rejected"; rows: number; issues: ImportIssue[]; issueCount: number }
  | { status: "ready"; importId: string; rows: number; preview: ImportPreview };

const open = (file: UploadBody) => Readable.fromWeb(file.stream() as ReadableStream<Uint8Array>);

// .xlsx is a zip archive; its first bytes are "PK\x03\x04".
async function isZipFile(file: UploadBody): Promise<boolean> {
  const reader = file.stream().getReader();
  try {
    const { value } = await reader.read();
    return !!value && value[0] === 0x50 && value[1] === 0x4b && value[2] === 0x03 && value[3] === 0x04;
  } finally {
    await reader.cancel();
  }
}

/** The rows of a file that may be a workbook or a CSV, whichever it turns out to be. */
async function tableRows(file: UploadBody) {
  if (!(await isZipFile(file))) return readCsvRows(file);
  await assertZipWithinLimits(open(file));
  return xlsxRows(open(file));
}

async function plan(ctx: StaffContext, { kind, file, buildingId, period, issue }: ImportUpload): Promise<PlannedImport> {
  try {
    if (kind === "invoices_xlsx") return await planInvoices(ctx, await tableRows(file), issue ?? true);
    if (kind === "turnover_xlsx") return await planTurnover(ctx, await tableRows(file), period ?? null);
    if (kind === "meters") return await planMeters(ctx, await tableRows(file));
    if (kind === "meter_readings") return await planReadings(ctx, await tableRows(file), period ?? null);
    if (kind === "registry_xlsx") {
      await assertZipWithinLimits(open(file));
      return await planRegistryXlsx(ctx, open(file));
    }
    const rows = await readCsvRows(file);
    return kind === "accounts_csv" ? await planAccountsCsv(ctx, rows, buildingId) : await planDebtCsv(ctx, rows);
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, rows: 0, issues: error.issues, issueCount: error.issues.length };
    throw error;
  }
}

/**
 * Step one of an import: read the whole file, check every row and work out every change, writing nothing to the
 * registry. A file with problems is rejected (and logged) with all of them; a good one is kept for confirmation.
 */
export async function previewImport(ctx: StaffContext, upload: ImportUpload): Promise<ImportCheck> {
  assertImportAllowed(ctx, upload.kind);
  const startedAt = new Date();
  const planned = await plan(ctx, upload);
  if (!planned.ok) {
    await logRejection(ctx, upload.kind, upload.file.name, planned, startedAt);
    return { status: "rejected", rows: planned.rows, issues: planned.issues, issueCount: planned.issueCount };
  }
  const header = { orgId: ctx.orgId, kind: upload.kind, fileName: upload.file.name, summary: planSummary(planned.plan, planned.rows), preview: planned.preview };
  const importId = await saveImport(header, planned.plan);
  return { status: "ready", importId, rows: planned.rows, preview: planned.preview };
}

async function logRejection(ctx: StaffContext, kind: ImportKind, fileName: string, planned: Extract<PlannedImport, { ok: false }>, startedAt: Date) {
  await ctx.db.transaction(async (tx) => {
    const summary = { rows: planned.rows, issues: planned.issueCount };
    const logId = await writeExchangeLog({ ...ctx, db: tx }, { kind, status: "rejected", fileName, summary, errors: planned.issues, startedAt });
    await writeAudit(tx, ctx, { action: "import.rejected", entityType: "exchange_log", entityId: logId, after: { kind, fileName, ...summary } });
  });
}

/**
 * The upload route's entry: the body is streamed once into storage (up to the file limit), then checked from
 * there — an .xlsx is read twice, once to measure its zip and once to parse it — and removed afterwards.
 */
export async function previewUploadedImport(ctx: StaffContext, fields: ImportFields, file: UploadBody): Promise<ImportCheck> {
  assertImportAllowed(ctx, fields.kind);
  const upload = await storeUpload(file, { maxBytes: importLimits.fileBytes, tooLarge: importLimitMessages.fileBytes }, () => ({
    key: `uploads/${ctx.orgId}/${randomUUID()}`,
    contentType: file.type,
  }));
  try {
    return await previewImport(ctx, { ...fields, file: storedBody(upload.key, file.name) });
  } finally {
    await storage().remove(upload.key);
  }
}
