import { and, asc, desc, eq, inArray, isNull, like, ne, or, sql, type SQL } from "drizzle-orm";
import { buildings, clients, meterReadings, meters, personalAccounts, premiseClients, premises, type MeterResource, type MeterStatus, type MeterZone, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { buildingScope } from "@/lib/org/building-scope";
import { premiseSearchCondition } from "@/lib/registry/premises/premise-search-condition";
import { listPage, type ListSource } from "@/lib/table/list-page";
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
 * The serial in part (as its compact key, through the trigram index), or anything the premises search finds — an
 * address, an account number, an owner's name or phone — through the premise; a common-house meter by its building's
 * address.
 */
function searchCondition(orgId: string, q: string): SQL | undefined {
  const key = serialKey(q);
  const premise = premiseSearchCondition(orgId, q);
  return or(
    key.length >= 2 ? like(meters.serialKey, containsPattern(key)) : undefined,
    premise ? inArray(meters.premiseId, sql`(select ${premises.id} from ${premises} where ${premises.orgId} = ${orgId} and ${premise})`) : undefined,
    and(
      isNull(meters.premiseId),
      inArray(meters.buildingId, sql`(select ${buildings.id} from ${buildings} where ${buildings.orgId} = ${orgId} and ${buildings.address} ilike ${containsPattern(q)})`),
    ),
  );
}

/** Each order reads its own (org_id, …, id) index: the address order is meters.sort_key (see its comment). */
function orderBy(params: ListParams): SQL[] {
  const by = params.dir === "desc" ? desc : asc;
  if (params.sort === "serial") return [by(meters.serialKey), by(meters.id)];
  if (params.sort === "verification") return [params.dir === "desc" ? sql`${meters.nextVerificationOn} desc nulls last` : sql`${meters.nextVerificationOn} asc nulls last`, asc(meters.id)];
  return [by(meters.sortKey), by(meters.id)];
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
    params.q ? searchCondition(ctx.orgId, params.q) : undefined,
  );
  return {
    ids: (ordered) => {
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
