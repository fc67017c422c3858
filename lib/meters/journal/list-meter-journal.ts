import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { buildings, meterEvents, meters, premises, type MeterEventAction, type MeterResource, type PremiseType, type ReadingSource } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { listPage, type ListSource } from "@/lib/table/list-page";
import type { ListParams, Page } from "@/lib/table/list-params";
import type { JournalFilters } from "./journal-filters";

export type JournalRow = {
  id: number;
  createdAt: Date;
  actorName: string;
  action: MeterEventAction;
  source: ReadingSource;
  period: string | null;
  meterId: string;
  serialNumber: string;
  resource: MeterResource;
  buildingAddress: string;
  premiseType: PremiseType | null;
  premiseNumber: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The first instant of a month («YYYY-MM») in the viewer's time zone, `plus` months later. */
const monthStart = (month: string, timezone: string, plus = 0) => sql`(((${`${month}-01`})::date + make_interval(months => ${plus}::int))::timestamp at time zone ${timezone})`;

/**
 * Month and year filter the moment of the action (created_at), not the reading's billing period: the journal answers
 * «who did what in November», device events (added, replaced) have no period at all, and the (org, created_at)
 * index serves the range. The readings of a billing period are what «Экспортировать показания» gives.
 */
function timeRange(filters: JournalFilters, timezone: string): SQL[] {
  if (filters.month) return [sql`${meterEvents.createdAt} >= ${monthStart(filters.month, timezone)}`, sql`${meterEvents.createdAt} < ${monthStart(filters.month, timezone, 1)}`];
  if (filters.year) return [sql`${meterEvents.createdAt} >= ${monthStart(`${filters.year}-01`, timezone)}`, sql`${meterEvents.createdAt} < ${monthStart(`${filters.year}-01`, timezone, 12)}`];
  return [];
}

/** «История показаний» (003 §13) as a ListSource: every action on meters and readings in the employee's buildings, newest first. */
export function meterJournalSource(ctx: StaffContext, params: ListParams, filters: JournalFilters = {}): ListSource<JournalRow, number> {
  assertPermission(ctx, "finance.readings.view");
  const where = and(
    eq(meterEvents.orgId, ctx.orgId),
    buildingScope(ctx, meterEvents.buildingId),
    ...timeRange(filters, ctx.timezone),
    filters.buildingId ? eq(meterEvents.buildingId, filters.buildingId) : undefined,
    filters.source ? eq(meterEvents.source, filters.source) : undefined,
    filters.action ? eq(meterEvents.action, filters.action) : undefined,
  );
  const order = params.sort === "time" && params.dir === "asc" ? asc : desc;
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: meterEvents.id }).from(meterEvents).where(where).$dynamic();
      return ordered ? query.orderBy(order(meterEvents.createdAt), order(meterEvents.id)) : query;
    },
    rows: async (ids) => {
      const rows = await ctx.db
        .select({
          id: meterEvents.id,
          createdAt: meterEvents.createdAt,
          actorName: meterEvents.actorName,
          action: meterEvents.action,
          source: meterEvents.source,
          period: meterEvents.period,
          meterId: meterEvents.meterId,
          serialNumber: meters.serialNumber,
          resource: meters.resource,
          buildingAddress: buildings.address,
          premiseType: premises.type,
          premiseNumber: premises.number,
          before: meterEvents.before,
          after: meterEvents.after,
        })
        .from(meterEvents)
        .innerJoin(meters, eq(meters.id, meterEvents.meterId))
        .innerJoin(buildings, eq(buildings.id, meterEvents.buildingId))
        .leftJoin(premises, eq(premises.id, meterEvents.premiseId))
        .where(and(eq(meterEvents.orgId, ctx.orgId), inArray(meterEvents.id, ids)));
      return rows.map((r) => ({ ...r, before: r.before as JournalRow["before"], after: r.after as JournalRow["after"] }));
    },
    id: (row) => row.id,
  };
}

export async function listMeterJournal(ctx: StaffContext, params: ListParams, filters: JournalFilters = {}): Promise<Page<JournalRow>> {
  return listPage(ctx.db, meterJournalSource(ctx, params, filters), params);
}
