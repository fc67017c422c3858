import { analyzeTables, billingTables, meterTables, registryTables } from "@/db/analyze";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";
import { fileIssue } from "./import-issue";
import { assertImportAllowed, importKindLabels, type ImportKind } from "./import-kinds";
import type { ImportCommit } from "./import-schema";
import { applyPlanPart } from "./plan/apply-plan-part";
import { staleImport } from "./plan/bulk-sql";
import type { PlanSummary } from "./plan/plan-summary";
import { discardImport, importParts, loadImportHeader, type ImportHeader } from "./plan-store";
import { applyExchange, writeExchangeLog } from "./write-exchange-log";

/** The tables a kind of import fills in bulk, analysed after it. */
function writtenTables(kind: ImportKind) {
  if (kind === "meters" || kind === "meter_readings") return meterTables;
  if (kind === "invoices_xlsx" || kind === "turnover_xlsx") return billingTables;
  return registryTables;
}

const today = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());

/** What a failed commit tells the user: our own messages as they are, a lost race as «changed meanwhile». */
function failureOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isUniqueViolation(error)) return staleImport();
  console.error(error);
  return new AppError("BAD_REQUEST", "Не удалось загрузить данные. Ничего не изменено, попробуйте ещё раз");
}

async function apply(ctx: StaffContext, header: ImportHeader, startedAt: Date) {
  const { kind, fileName, summary } = header;
  const { logId } = await applyExchange(ctx, { kind, fileName, summary, startedAt }, async (tx, logId) => {
    const scope = { orgId: ctx.orgId, actor: ctx.actor, buildingIds: ctx.buildingIds, ip: ctx.ip, occurredOn: today(ctx.timezone), note: `${importKindLabels[kind]}: ${fileName}`, source: `import:${logId}` };
    for await (const part of importParts(ctx.orgId, header.id)) await applyPlanPart(tx.db, scope, part);
    await writeAudit(tx.db, tx, { action: "import.committed", entityType: "exchange_log", entityId: logId, after: { kind, fileName, ...summary } });
    return { value: undefined };
  });
  return logId;
}

async function logFailure(ctx: StaffContext, header: ImportHeader, message: string, startedAt: Date) {
  const { kind, fileName, summary } = header;
  await ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const logId = await writeExchangeLog(tx, { kind, status: "failed", fileName, summary, errors: [fileIssue(message)], startedAt });
    await writeAudit(db, tx, { action: "import.failed", entityType: "exchange_log", entityId: logId, after: { kind, fileName, message } });
  });
}

/**
 * Step two: apply exactly the plan the user saw, in one transaction — all of it or nothing — reading the stored
 * plan piece by piece. Only the organisation that checked the file can confirm it. A failure is logged and
 * nothing is changed.
 */
export async function commitImport(ctx: StaffContext, { importId }: ImportCommit): Promise<{ logId: string; summary: PlanSummary }> {
  const header = await loadImportHeader(ctx.orgId, importId);
  assertImportAllowed(ctx, header.kind);
  const startedAt = new Date();
  try {
    const logId = await apply(ctx, header, startedAt);
    // Thousands of new rows at once: without fresh statistics the next list query is planned for the old table.
    await analyzeTables(ctx.db, writtenTables(header.kind));
    await discardImport(ctx.orgId, importId);
    return { logId, summary: header.summary };
  } catch (error) {
    const failure = failureOf(error);
    await logFailure(ctx, header, failure.message, startedAt);
    throw failure;
  }
}
