import { and, desc, eq, ilike, inArray, isNotNull } from "drizzle-orm";
import { activities, clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { clientNameSql } from "@/lib/registry/links/client-name";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { listPage } from "@/lib/table/list-page";
import { containsPattern, type ListParams } from "@/lib/table/list-params";
import type { ActivityFilters } from "./activity-filters";
import type { ActivityType } from "./activity-types";

/**
 * The premise's timeline, newest first, searchable by subject («Тема») and filtered by type, client and status
 * (seed 002 §9), with the choices its filters offer.
 */
export async function listPremiseActivity(ctx: StaffContext, premiseId: string, params: ListParams, filters: ActivityFilters = {}) {
  assertPermission(ctx, "registry.premises.view");
  await findPremise(ctx.db, ctx, premiseId);
  const ofPremise = and(eq(activities.orgId, ctx.orgId), eq(activities.premiseId, premiseId));
  const where = and(
    ofPremise,
    filters.type ? eq(activities.type, filters.type) : undefined,
    filters.clientId ? eq(activities.clientId, filters.clientId) : undefined,
    filters.status ? eq(activities.status, filters.status) : undefined,
    params.q ? ilike(activities.subject, containsPattern(params.q)) : undefined,
  );
  const [page, clientChoices, statusChoices] = await Promise.all([
    listPage(
      ctx.db,
      {
        ids: (ordered) => {
          const query = ctx.db.select({ id: activities.id }).from(activities).where(where).$dynamic();
          return ordered ? query.orderBy(desc(activities.createdAt), desc(activities.id)) : query;
        },
        rows: (ids) =>
          ctx.db
            .select({
              id: activities.id,
              type: activities.type,
              subject: activities.subject,
              status: activities.status,
              clientId: activities.clientId,
              clientName: clientNameSql(clients),
              createdAt: activities.createdAt,
            })
            .from(activities)
            .leftJoin(clients, eq(clients.id, activities.clientId))
            .where(and(eq(activities.orgId, ctx.orgId), inArray(activities.id, ids))),
        id: (row) => row.id,
      },
      params,
    ),
    ctx.db
      .selectDistinct({ value: clients.id, label: clientNameSql(clients) })
      .from(activities)
      .innerJoin(clients, eq(clients.id, activities.clientId))
      .where(ofPremise),
    ctx.db.selectDistinct({ value: activities.status }).from(activities).where(and(ofPremise, isNotNull(activities.status))),
  ]);
  return {
    rows: page.rows.map((r) => ({ ...r, type: r.type as ActivityType, clientName: r.clientId ? r.clientName : null })),
    total: page.total,
    clientOptions: clientChoices.sort((a, b) => a.label.localeCompare(b.label, "ru")),
    statusOptions: statusChoices.flatMap((s) => (s.value ? [{ value: s.value, label: s.value }] : [])),
  };
}
export type PremiseActivity = Awaited<ReturnType<typeof listPremiseActivity>>;
export type PremiseActivityRow = PremiseActivity["rows"][number];
