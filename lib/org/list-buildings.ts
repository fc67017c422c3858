import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { buildingGroups, buildings, personalAccounts, premises, quarters } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
import { buildingScope } from "./building-scope";

export type BuildingFilters = { groupId?: string; quarterId?: string; status?: "active" | "archived" };

export type BuildingRow = {
  id: string;
  address: string;
  city: string;
  street: string;
  house: string;
  groupId: string | null;
  groupName: string | null;
  quarterId: string | null;
  quarterName: string | null;
  externalId: string | null;
  /** Active premises and their active personal accounts. */
  premiseCount: number;
  accountCount: number;
  archivedAt: Date | null;
  createdAt: Date;
};

const premiseCount = sql<number>`(select cast(count(*) as integer) from ${premises}
  where ${premises.buildingId} = ${buildings.id} and ${premises.archivedAt} is null)`;
const accountCount = sql<number>`(select cast(count(*) as integer) from ${personalAccounts}
  inner join ${premises} on ${premises.id} = ${personalAccounts.premiseId}
  where ${premises.buildingId} = ${buildings.id} and ${premises.archivedAt} is null and ${personalAccounts.archivedAt} is null)`;

const sortColumns = {
  address: buildings.address,
  group: buildingGroups.name,
  quarter: quarters.name,
  premises: premiseCount,
  createdAt: buildings.createdAt,
} as const;

/** The buildings list as a ListSource (page, count and export). */
export function buildingsSource(ctx: StaffContext, params: ListParams, filters: BuildingFilters = {}): ListSource<BuildingRow> {
  const conditions: (SQL | undefined)[] = [
    eq(buildings.orgId, ctx.orgId),
    buildingScope(ctx, buildings.id),
    filters.status === "archived" ? isNotNull(buildings.archivedAt) : isNull(buildings.archivedAt),
    filters.groupId ? eq(buildings.groupId, filters.groupId) : undefined,
    filters.quarterId ? eq(buildings.quarterId, filters.quarterId) : undefined,
  ];
  if (params.q) {
    const pattern = containsPattern(params.q);
    conditions.push(or(ilike(buildings.address, pattern), ilike(buildings.externalId, pattern)));
  }
  const where = and(...conditions);
  const sortColumn = sortColumns[params.sort as keyof typeof sortColumns] ?? buildings.address;
  const order = params.dir === "desc" ? desc(sortColumn) : asc(sortColumn);

  const fields = {
      id: buildings.id,
      address: buildings.address,
      city: buildings.city,
      street: buildings.street,
      house: buildings.house,
      groupId: buildings.groupId,
      groupName: buildingGroups.name,
      quarterId: buildings.quarterId,
      quarterName: quarters.name,
      externalId: buildings.externalId,
      premiseCount,
      accountCount,
      archivedAt: buildings.archivedAt,
      createdAt: buildings.createdAt,
  };
  // Counting reads buildings alone; the order may name a group or quarter, so the ordered ids join them.
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: buildings.id }).from(buildings).$dynamic();
      if (!ordered) return query.where(where);
      return query
        .leftJoin(buildingGroups, eq(buildingGroups.id, buildings.groupId))
        .leftJoin(quarters, eq(quarters.id, buildings.quarterId))
        .where(where)
        .orderBy(order, asc(buildings.id));
    },
    rows: (ids) =>
      ctx.db
        .select(fields)
        .from(buildings)
        .leftJoin(buildingGroups, eq(buildingGroups.id, buildings.groupId))
        .leftJoin(quarters, eq(quarters.id, buildings.quarterId))
        .where(and(eq(buildings.orgId, ctx.orgId), inArray(buildings.id, ids))),
    id: (row) => row.id,
  };
}

/** Buildings the employee may see, filtered and paged as the table asks. */
export async function listBuildings(ctx: StaffContext, params: ListParams, filters: BuildingFilters = {}): Promise<Page<BuildingRow>> {
  return listPage(ctx.db, buildingsSource(ctx, params, filters), params);
}
