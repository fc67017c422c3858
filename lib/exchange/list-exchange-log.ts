import { and, asc, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { exchangeLog } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { containsPattern, offsetOf, type ListParams, type Page } from "@/lib/table/list-params";
import type { ExchangeStatus } from "./exchange-log-labels";
import type { ImportIssue } from "./import-issue";

export type ExchangeLogFilters = { status?: ExchangeStatus };

export type ExchangeLogRow = {
  id: string;
  kind: string;
  status: ExchangeStatus;
  fileName: string | null;
  actorName: string | null;
  summary: Record<string, number> | null;
  errors: ImportIssue[] | null;
  startedAt: Date;
  createdAt: Date;
};

const sortColumns = { createdAt: exchangeLog.createdAt, fileName: exchangeLog.fileName, status: exchangeLog.status } as const;

/** The organisation's import runs, newest first unless asked otherwise. */
export async function listExchangeLog(ctx: StaffContext, params: ListParams, filters: ExchangeLogFilters = {}): Promise<Page<ExchangeLogRow>> {
  assertPermission(ctx, "registry.premises.edit");
  const conditions: (SQL | undefined)[] = [eq(exchangeLog.orgId, ctx.orgId), filters.status ? eq(exchangeLog.status, filters.status) : undefined];
  if (params.q) conditions.push(or(ilike(exchangeLog.fileName, containsPattern(params.q)), ilike(exchangeLog.actorName, containsPattern(params.q))));
  const where = and(...conditions);
  const sortColumn = sortColumns[params.sort as keyof typeof sortColumns] ?? exchangeLog.createdAt;
  const order = params.sort && params.dir === "asc" ? asc(sortColumn) : desc(sortColumn);
  const rows = await ctx.db
    .select({
      id: exchangeLog.id,
      kind: exchangeLog.kind,
      status: exchangeLog.status,
      fileName: exchangeLog.fileName,
      actorName: exchangeLog.actorName,
      summary: exchangeLog.summary,
      errors: exchangeLog.errors,
      startedAt: exchangeLog.startedAt,
      createdAt: exchangeLog.createdAt,
    })
    .from(exchangeLog)
    .where(where)
    .orderBy(order, desc(exchangeLog.id))
    .limit(params.size)
    .offset(offsetOf(params));
  const [total] = await ctx.db.select({ n: count() }).from(exchangeLog).where(where);
  return { rows: rows.map((r) => ({ ...r, summary: r.summary as ExchangeLogRow["summary"], errors: r.errors as ExchangeLogRow["errors"] })), total: total?.n ?? 0 };
}
