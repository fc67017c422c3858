import { and, asc, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import { exchangeLog } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
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

/** The exchange log as a ListSource (page, count and export). */
export function exchangeLogSource(ctx: StaffContext, params: ListParams, filters: ExchangeLogFilters = {}): ListSource<ExchangeLogRow> {
  assertPermission(ctx, "registry.premises.edit");
  const conditions: (SQL | undefined)[] = [eq(exchangeLog.orgId, ctx.orgId), filters.status ? eq(exchangeLog.status, filters.status) : undefined];
  if (params.q) conditions.push(or(ilike(exchangeLog.fileName, containsPattern(params.q)), ilike(exchangeLog.actorName, containsPattern(params.q))));
  const where = and(...conditions);
  const sortColumn = sortColumns[params.sort as keyof typeof sortColumns] ?? exchangeLog.createdAt;
  const order = params.sort && params.dir === "asc" ? asc(sortColumn) : desc(sortColumn);
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: exchangeLog.id }).from(exchangeLog).where(where).$dynamic();
      return ordered ? query.orderBy(order, desc(exchangeLog.id)) : query;
    },
    rows: async (ids) => {
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
        .where(and(eq(exchangeLog.orgId, ctx.orgId), inArray(exchangeLog.id, ids)));
      return rows.map((r) => ({ ...r, summary: r.summary as ExchangeLogRow["summary"], errors: r.errors as ExchangeLogRow["errors"] }));
    },
    id: (row) => row.id,
  };
}

/** The organisation's import runs, newest first unless asked otherwise. */
export async function listExchangeLog(ctx: StaffContext, params: ListParams, filters: ExchangeLogFilters = {}): Promise<Page<ExchangeLogRow>> {
  return listPage(ctx.db, exchangeLogSource(ctx, params, filters), params);
}
