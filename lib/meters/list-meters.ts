import { and, asc, desc, eq, inArray, isNull, like, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings, clients, meterReadings, meters, personalAccounts, premiseClients, premises, type MeterResource, type MeterStatus, type MeterZone, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { buildingScope } from "@/lib/org/building-scope";
import { premiseSearchCondition } from "@/lib/registry/premises/premise-search-condition";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { listPage, type IdQuery, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
import type { MeterFilters } from "./meter-filters";
import { serialKey } from "./meter-vocabulary";
import { effectiveStatus } from "./reading-rules";

export type LastReading = { zone: MeterZone; value: bigint; period: string; takenAt: Date };

export type MeterListRow = {
  id: string;
  buildingId: string;
  buildingAddress: string;
  premiseId: string | null;
  premiseType: PremiseType | null;
  premiseNumber: string | null;
  accountNumber: string | null;
  /** Surnames of the premise's owners (active «Собственник» links), comma-separated. */
  owners: string | null;
  resource: MeterResource;
  zones: number;
  serialNumber: string;
  model: string | null;
  nextVerificationOn: string | null;
  status: MeterStatus;
  /** «Поверка истекла» also when only the date says so (see effectiveStatus). */
  effectiveStatus: MeterStatus;
  /** The latest reading of each zone (the newest period; a final one after the regular one of its month). */
  lastReadings: LastReading[];
};

/** Status as the list filters it: the stored one, with «поверка истекла» also for working meters whose date has passed. */
function statusCondition(status: MeterStatus | undefined, today: string): SQL | undefined {
  const dateExpired = and(eq(meters.status, "working"), sql`${meters.nextVerificationOn} < ${today}`);
  switch (status) {
    case undefined:
      return ne(meters.status, "decommissioned");
    case "working":
      return and(eq(meters.status, "working"), or(isNull(meters.nextVerificationOn), sql`${meters.nextVerificationOn} >= ${today}`));
    case "verification_expired":
      return or(eq(meters.status, "verification_expired"), dateExpired);
    default:
      return eq(meters.status, status);
  }
}

function dueCondition(days: number | undefined, today: string): SQL | undefined {
  if (!days) return undefined;
  return and(ne(meters.status, "decommissioned"), sql`${meters.nextVerificationOn} between ${today}::date and ${today}::date + ${days}::int`);
}

/**
 * The ways a search text may name meters, each its own condition: the serial in part (as its compact key, through the
 * trigram index), anything the premises search finds — an address, an account number, an owner's name or phone —
 * through the premise, and a common-house meter by its building's address.
 */
function searchBranches(orgId: string, q: string): SQL[] {
  const key = serialKey(q);
  const premise = premiseSearchCondition(orgId, q);
  return [
    key.length >= 2 ? like(meters.serialKey, containsPattern(key)) : undefined,
    // Run once into an array that meters_premise_idx takes as its condition: as `in (subquery)` the planner walks the
    // list's order probing each meter's premise, 200,000 of them before the first flat of «Садовая».
    premise ? sql`${meters.premiseId} = any(array(select ${premises.id} from ${premises} where ${premises.orgId} = ${orgId} and ${premise}))` : undefined,
    and(
      isNull(meters.premiseId),
      inArray(meters.buildingId, sql`(select ${buildings.id} from ${buildings} where ${buildings.orgId} = ${orgId} and ${buildings.address} ilike ${containsPattern(q)})`),
    ),
  ].filter((branch): branch is SQL => branch !== undefined);
}

type OrderColumns = { id: SQL | typeof meters.id; sortKey: SQL | typeof meters.sortKey; serialKey: SQL | typeof meters.serialKey; nextVerificationOn: SQL | typeof meters.nextVerificationOn };

/** Each order reads its own (org_id, …, id) index: the address order is meters.sort_key (see its comment). */
function orderBy(params: ListParams, c: OrderColumns = meters): SQL[] {
  const by = params.dir === "desc" ? desc : asc;
  if (params.sort === "serial") return [by(c.serialKey), by(c.id)];
  if (params.sort === "verification") return [params.dir === "desc" ? sql`${c.nextVerificationOn} desc nulls last` : sql`${c.nextVerificationOn} asc nulls last`, asc(c.id)];
  return [by(c.sortKey), by(c.id)];
}

const ownersOf = sql<string | null>`(select string_agg(distinct ${clients.lastName}, ', ') from ${premiseClients}
  inner join ${clients} on ${clients.id} = ${premiseClients.clientId}
  where ${premiseClients.premiseId} = ${meters.premiseId} and ${premiseClients.removedAt} is null and ${premiseClients.basis} = 'owner')`;

const kindRank = sql`case ${meterReadings.kind} when 'final' then 2 when 'regular' then 1 else 0 end`;

/** The latest reading per meter and zone, read off the (meter, zone, period, kind) unique index. */
export async function lastReadingsOf(ctx: Pick<StaffContext, "db" | "orgId">, meterIds: readonly string[]): Promise<Map<string, LastReading[]>> {
  const result = new Map<string, LastReading[]>();
  if (!meterIds.length) return result;
  const rows = await ctx.db
    .selectDistinctOn([meterReadings.meterId, meterReadings.zone], {
      meterId: meterReadings.meterId,
      zone: meterReadings.zone,
      value: meterReadings.valueMilli,
      period: meterReadings.period,
      takenAt: meterReadings.takenAt,
    })
    .from(meterReadings)
    .where(and(eq(meterReadings.orgId, ctx.orgId), inArray(meterReadings.meterId, [...meterIds])))
    .orderBy(meterReadings.meterId, meterReadings.zone, desc(meterReadings.period), desc(kindRank));
  for (const { meterId, ...reading } of rows) result.set(meterId, [...(result.get(meterId) ?? []), reading]);
  return result;
}

const matched = { id: sql`matched.id`, sortKey: sql`matched.sort_key`, serialKey: sql`matched.serial_key`, nextVerificationOn: sql`matched.next_verification_on` };

/**
 * A search's ids: a union of one query per reading of the text (searchBranches), each planned on its own — a serial
 * on its trigrams, a flat's meters through meters_premise_idx, a whole street along the list's order — rather than an
 * OR of them, which PostgreSQL tests row by row along the list's order (all 300,000 meters for a serial that matches
 * one). The page's limit and offset are pushed into every branch (each gives at most offset + limit rows in the list's
 * order), so neither a narrow nor a broad match is ever materialised whole.
 */
class SearchIds implements IdQuery<string> {
  constructor(
    private readonly db: Db,
    private readonly branches: readonly (SQL | undefined)[],
    /** The list's order; null for counting. */
    private readonly params: ListParams | null,
    private readonly limits: { limit?: number; offset?: number } = {},
  ) {}

  limit(limit: number) {
    return new SearchIds(this.db, this.branches, this.params, { ...this.limits, limit });
  }

  offset(offset: number) {
    return new SearchIds(this.db, this.branches, this.params, { ...this.limits, offset });
  }

  getSQL(): SQL {
    const { limit, offset = 0 } = this.limits;
    const reach = limit === undefined ? undefined : limit + offset;
    const parts = this.branches.map((where) => {
      const query = this.db.select({ id: meters.id, sortKey: meters.sortKey, serialKey: meters.serialKey, nextVerificationOn: meters.nextVerificationOn }).from(meters).where(where).$dynamic();
      const ordered = this.params ? query.orderBy(...orderBy(this.params)) : query;
      return sql`(${reach === undefined ? ordered : ordered.limit(reach)})`;
    });
    const outer = this.params ? orderBy(this.params, matched) : [];
    return sql`select matched.id from (${sql.join(parts, sql` union `)}) as matched${outer.length ? sql` order by ${sql.join(outer, sql`, `)}` : sql``}${limit === undefined ? sql`` : sql` limit ${limit}`}${offset ? sql` offset ${offset}` : sql``}`;
  }

  then<R1 = { id: string }[], R2 = never>(onFulfilled?: ((rows: { id: string }[]) => R1 | PromiseLike<R1>) | null, onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null) {
    return queryRows<{ id: string }>(this.db, this.getSQL()).then(onFulfilled, onRejected);
  }
}

/** «Приборы учёта» as a ListSource: the meters of buildings the employee may see; page, count and export share it. */
export function metersSource(ctx: StaffContext, params: ListParams, filters: MeterFilters = {}): ListSource<MeterListRow> {
  assertPermission(ctx, "finance.readings.view");
  const today = todayIn(ctx.timezone);
  const where = and(
    eq(meters.orgId, ctx.orgId),
    buildingScope(ctx, meters.buildingId),
    statusCondition(filters.status, today),
    dueCondition(filters.dueWithinDays, today),
    filters.buildingId ? eq(meters.buildingId, filters.buildingId) : undefined,
    filters.premiseId ? eq(meters.premiseId, filters.premiseId) : undefined,
    filters.resource ? eq(meters.resource, filters.resource) : undefined,
  );
  const branches = params.q ? searchBranches(ctx.orgId, params.q).map((branch) => and(where, branch)) : null;
  return {
    ids: (ordered) => {
      if (branches) return new SearchIds(ctx.db, branches, ordered ? params : null);
      const query = ctx.db.select({ id: meters.id }).from(meters).where(where).$dynamic();
      return ordered ? query.orderBy(...orderBy(params)) : query;
    },
    rows: async (ids) => {
      const [rows, readings] = await Promise.all([
        ctx.db
          .select({
            id: meters.id,
            buildingId: meters.buildingId,
            buildingAddress: buildings.address,
            premiseId: meters.premiseId,
            premiseType: premises.type,
            premiseNumber: premises.number,
            accountNumber: personalAccounts.number,
            owners: ownersOf,
            resource: meters.resource,
            zones: meters.zones,
            serialNumber: meters.serialNumber,
            model: meters.model,
            nextVerificationOn: meters.nextVerificationOn,
            status: meters.status,
          })
          .from(meters)
          .innerJoin(buildings, eq(buildings.id, meters.buildingId))
          .leftJoin(premises, eq(premises.id, meters.premiseId))
          .leftJoin(personalAccounts, eq(personalAccounts.id, meters.accountId))
          .where(and(eq(meters.orgId, ctx.orgId), inArray(meters.id, ids))),
        lastReadingsOf(ctx, ids),
      ]);
      return rows.map((r) => ({ ...r, effectiveStatus: effectiveStatus(r, today), lastReadings: readings.get(r.id) ?? [] }));
    },
    id: (row) => row.id,
  };
}

/** One page of «Приборы учёта», searched, filtered, sorted and paged as the table asks. */
export async function listMeters(ctx: StaffContext, params: ListParams, filters: MeterFilters = {}): Promise<Page<MeterListRow>> {
  return listPage(ctx.db, metersSource(ctx, params, filters), params);
}
