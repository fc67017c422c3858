import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { listPage, type ListSource } from "@/lib/table/list-page";
import type { ListParams, Page } from "@/lib/table/list-params";
import type { AuditFilters } from "./audit-filters";

export type AuditRow = {
  id: number;
  createdAt: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

/** A calendar day's midnight in the viewer's time zone, as an instant. */
const midnight = (day: string, timezone: string, plusDays = 0) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${timezone})`;

/** The audit journal as a ListSource (page, count and export). */
export function auditLogSource(ctx: StaffContext, params: ListParams, filters: AuditFilters = {}): ListSource<AuditRow, number> {
  assertPermission(ctx, "audit.view");
  const conditions: (SQL | undefined)[] = [
    eq(auditLog.orgId, ctx.orgId),
    filters.actor === "system" ? eq(auditLog.actorType, "system") : filters.actor ? eq(auditLog.actorId, filters.actor) : undefined,
    filters.entityType ? eq(auditLog.entityType, filters.entityType) : undefined,
    filters.from ? sql`${auditLog.createdAt} >= ${midnight(filters.from, ctx.timezone)}` : undefined,
    filters.to ? sql`${auditLog.createdAt} < ${midnight(filters.to, ctx.timezone, 1)}` : undefined,
  ];
  const where = and(...conditions);
  const order = params.sort === "time" && params.dir === "asc" ? asc : desc;
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: auditLog.id }).from(auditLog).where(where).$dynamic();
      return ordered ? query.orderBy(order(auditLog.createdAt), order(auditLog.id)) : query;
    },
    rows: (ids) =>
      ctx.db
        .select({
          id: auditLog.id,
          createdAt: auditLog.createdAt,
          actorType: auditLog.actorType,
          actorId: auditLog.actorId,
          actorName: auditLog.actorName,
          action: auditLog.action,
          entityType: auditLog.entityType,
          entityId: auditLog.entityId,
          before: auditLog.before,
          after: auditLog.after,
          ip: auditLog.ip,
        })
        .from(auditLog)
        .where(and(eq(auditLog.orgId, ctx.orgId), inArray(auditLog.id, ids))),
    id: (row) => row.id,
  };
}

/** The organisation's audit journal, newest first unless the table asks otherwise. */
export async function listAuditLog(ctx: StaffContext, params: ListParams, filters: AuditFilters = {}): Promise<Page<AuditRow>> {
  return listPage(ctx.db, auditLogSource(ctx, params, filters), params);
}
