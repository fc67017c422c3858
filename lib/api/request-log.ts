import { and, desc, eq, ilike, inArray, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiKeys, apiRequests } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
import { PROBLEM_CONTENT_TYPE } from "./problem";

type Answered = { keyId: string; orgId: string; ip?: string | null; request: Request; response: Response; startedAt: number };

/**
 * Logs one request made with a key, accepted or refused. The log must never cost the integrator an answer, so a
 * failure to write it is reported to the server log only.
 */
export async function recordApiRequest(db: Db, { keyId, orgId, ip, request, response, startedAt }: Answered): Promise<void> {
  try {
    const url = new URL(request.url);
    const problem = response.headers.get("content-type") === PROBLEM_CONTENT_TYPE ? ((await response.clone().json()) as { detail?: string }) : null;
    await db.insert(apiRequests).values({
      orgId,
      apiKeyId: keyId,
      method: request.method,
      path: `${url.pathname}${url.search}`.slice(0, 1000),
      status: response.status,
      durationMs: Math.round(performance.now() - startedAt),
      ip: ip ?? null,
      detail: problem?.detail?.slice(0, 1000) ?? null,
    });
  } catch (error) {
    console.error("[api] request log not written", error);
  }
}

export type ApiRequestRow = {
  id: string;
  keyName: string;
  keyPrefix: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  ip: string | null;
  detail: string | null;
  createdAt: Date;
};

export type ApiRequestFilters = { keyId?: string };

/** «Журнал обмена → Запросы API» as a ListSource: the organisation's API requests, newest first, per key when asked. */
export function apiRequestsSource(ctx: StaffContext, params: ListParams, filters: ApiRequestFilters = {}): ListSource<ApiRequestRow> {
  assertPermission(ctx, "registry.premises.edit");
  const conditions: (SQL | undefined)[] = [eq(apiRequests.orgId, ctx.orgId), filters.keyId ? eq(apiRequests.apiKeyId, filters.keyId) : undefined];
  if (params.q) conditions.push(ilike(apiRequests.path, containsPattern(params.q)));
  const where = and(...conditions);
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: apiRequests.id }).from(apiRequests).where(where).$dynamic();
      return ordered ? query.orderBy(desc(apiRequests.createdAt), desc(apiRequests.id)) : query;
    },
    rows: (ids) =>
      ctx.db
        .select({
          id: apiRequests.id,
          keyName: apiKeys.name,
          keyPrefix: apiKeys.prefix,
          method: apiRequests.method,
          path: apiRequests.path,
          status: apiRequests.status,
          durationMs: apiRequests.durationMs,
          ip: apiRequests.ip,
          detail: apiRequests.detail,
          createdAt: apiRequests.createdAt,
        })
        .from(apiRequests)
        .innerJoin(apiKeys, and(eq(apiKeys.id, apiRequests.apiKeyId), eq(apiKeys.orgId, ctx.orgId)))
        .where(and(eq(apiRequests.orgId, ctx.orgId), inArray(apiRequests.id, ids))),
    id: (row) => row.id,
  };
}

export async function listApiRequests(ctx: StaffContext, params: ListParams, filters: ApiRequestFilters = {}): Promise<Page<ApiRequestRow>> {
  return listPage(ctx.db, apiRequestsSource(ctx, params, filters), params);
}

/** The keys to filter the log by, revoked ones too: their requests stay in the log. */
export async function apiKeyOptions(ctx: StaffContext): Promise<{ value: string; label: string }[]> {
  assertPermission(ctx, "registry.premises.edit");
  const rows = await ctx.db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix })
    .from(apiKeys)
    .where(eq(apiKeys.orgId, ctx.orgId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map((k) => ({ value: k.id, label: `${k.name} (${k.prefix}…)` }));
}
