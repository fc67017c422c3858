import { randomUUID } from "node:crypto";
import { PassThrough, type Readable, type Writable } from "node:stream";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, exportJobs } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { errorFields, log } from "@/lib/core/log";
import { storage } from "@/lib/storage/storage";
import { COUNT_LIMIT } from "@/lib/table/list-page";
import { exportFormatOf, exportKinds, type ExportKindName } from "./export-kinds";

type Query = Record<string, string>;

/** Up to this many rows an export is written straight into the response; more go to a background job. */
export const INLINE_EXPORT_ROWS = COUNT_LIMIT;

export type ExportStart = { inline: Readable; fileName: string } | { jobId: string };

function writeTo(ctx: StaffContext, kind: ExportKindName, query: Query, out: Writable, onProgress?: (written: number) => Promise<void>) {
  const { title, open } = exportKinds[kind];
  return open(ctx, query).write(out, { sheetName: title, timeZone: ctx.timezone, about: [["Выгрузка", title]], onProgress });
}

/**
 * «Excel» on a list: a list of up to 10,000 rows streams into the response at once; a longer one (or one too long to
 * count) becomes a queued job (the caller dispatches it) with progress and a download link, so no export is cut short.
 */
export async function startExport(ctx: StaffContext, kind: ExportKindName, query: Query): Promise<ExportStart> {
  const definition = exportKinds[kind];
  if (definition.permission) assertPermission(ctx, definition.permission);
  const total = await definition.open(ctx, query).count(ctx.db);
  if (!exportFormatOf(definition).background && total.exact && total.count <= INLINE_EXPORT_ROWS) {
    const out = new PassThrough();
    writeTo(ctx, kind, query, out).catch((error: unknown) => out.destroy(error as Error));
    return { inline: out, fileName: definition.fileName };
  }
  if (ctx.actor.type !== "employee") throw notFound("Сотрудник");
  const employeeId = ctx.actor.id;
  const jobId = await ctx.db.transaction(async (tx) => {
    const [employee] = await tx.select({ v: employees.sessionVersion }).from(employees).where(eq(employees.id, employeeId));
    const id = randomUUID();
    await tx
      .insert(exportJobs)
      .values({ id, orgId: ctx.orgId, employeeId, sessionVersion: employee?.v ?? 0, ip: ctx.ip ?? null, kind, query, expected: total.estimate ?? total.count });
    await writeAudit(tx, ctx, { action: "export.started", entityType: "export_job", entityId: id, after: { kind, query } });
    return id;
  });
  return { jobId };
}

const kindOf = (kind: string) => exportFormatOf(exportKinds[kind as ExportKindName] ?? {});
const fileKeyOf = (orgId: string, jobId: string, kind: string) => `${orgId}/exports/${jobId}.${kindOf(kind).format}`;

/**
 * The background job: runs as the employee who asked (their permissions and buildings as they are now), writes the
 * file beside the other stored files and records progress after every batch. A job already started is not run twice.
 */
export async function runExportJob(db: Db, jobId: string): Promise<void> {
  const [job] = await db
    .update(exportJobs)
    .set({ status: "running" })
    .where(and(eq(exportJobs.id, jobId), eq(exportJobs.status, "queued")))
    .returning();
  if (!job) return;
  const key = fileKeyOf(job.orgId, job.id, job.kind);
  try {
    const ctx = await loadStaffContext(db, { employeeId: job.employeeId, sessionVersion: job.sessionVersion }, job.ip);
    // The workbook streams into storage as it is written; storage shows the object only once it is complete.
    const out = new PassThrough();
    const stored = storage().write(key, out);
    const progress = (written: number) => db.update(exportJobs).set({ written }).where(eq(exportJobs.id, job.id)).then(() => undefined);
    const writing = writeTo(ctx, job.kind as ExportKindName, job.query, out, progress).catch((error: unknown) => {
      out.destroy(error as Error);
      throw error;
    });
    const [{ written, skipped }] = await Promise.all([writing, stored]);
    await db.update(exportJobs).set({ status: "done", written, skipped, fileKey: key, finishedAt: new Date() }).where(eq(exportJobs.id, job.id));
  } catch (error) {
    log.error("export_failed", { jobId: job.id, ...errorFields(error) });
    await db
      .update(exportJobs)
      .set({ status: "failed", error: "Не удалось сформировать файл. Запустите выгрузку ещё раз", finishedAt: new Date() })
      .where(eq(exportJobs.id, job.id));
  }
}

/** A job of the employee who asked for it; anyone else gets «не найдена», as for an id that does not exist. */
export async function getExportJob(ctx: StaffContext, jobId: string) {
  const [job] = await ctx.db
    .select()
    .from(exportJobs)
    .where(and(eq(exportJobs.id, jobId), eq(exportJobs.orgId, ctx.orgId), eq(exportJobs.employeeId, ctx.actor.id ?? "")));
  if (!job) throw notFound("Выгрузка");
  const kind = exportKinds[job.kind as ExportKindName];
  return { ...job, title: kind?.title ?? job.kind, fileName: kind?.fileName ?? "выгрузка", ...kindOf(job.kind) };
}

/** The finished file of the caller's own job. */
export async function openExportFile(ctx: StaffContext, jobId: string): Promise<{ stream: Readable; fileName: string; format: "xlsx" | "pdf"; createdAt: Date }> {
  const job = await getExportJob(ctx, jobId);
  if (job.status !== "done" || job.fileKey !== fileKeyOf(job.orgId, job.id, job.kind)) throw notFound("Файл");
  const stream = await storage().open(job.fileKey);
  if (!stream) throw notFound("Файл");
  return { stream, fileName: job.fileName, format: job.format, createdAt: job.createdAt };
}
