import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import { buildings, meters, personalAccounts, premises, type MeterResource, type MeterZone, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { buildingScope } from "@/lib/org/building-scope";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ListSource } from "@/lib/table/list-page";
import { filterParam } from "@/lib/table/list-params";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import { formatScaledDecimal } from "@/lib/exchange/decimal";
import { READING_SCALE, meterZones, resourceLabels, resourceUnits, zoneLabels } from "../meter-vocabulary";
import { previousReading, readingHistory, readingKey } from "../reading-history";
import { wrappedVolume } from "../reading-rules";

export type ReadingsExportFilters = { period: string; buildingId?: string };

/** «Экспортировать показания» reads the period (default: this month) and a building from the journal's URL. */
export function readingsExportFiltersFrom(searchParams: Record<string, string | string[] | undefined>, timezone: string): ReadingsExportFilters {
  const period = filterParam(searchParams, "period") ?? filterParam(searchParams, "month");
  const building = filterParam(searchParams, "building");
  return {
    period: period && /^\d{4}-(0[1-9]|1[0-2])$/.test(period) ? period : todayIn(timezone).slice(0, 7),
    buildingId: building && /^[0-9a-f-]{36}$/i.test(building) ? building : undefined,
  };
}

/** One line of the accountant's file: a meter's zone in the period. */
export type ReadingsExportLine = {
  account: string | null;
  address: string;
  serialNumber: string;
  resource: MeterResource;
  zone: MeterZone;
  previous: bigint | null;
  current: bigint | null;
  /** current − previous (across the end of the dial for a rollover); null without both. */
  volume: bigint | null;
};

/** A meter and its lines: the export walks meters (one id each) and writes a line per zone. */
export type ReadingsExportMeter = { id: string; lines: ReadingsExportLine[] };

/** The period's consumption by the one rule submission and billing share: current − previous, or across the dial's end. */
function volumeOf(previous: bigint | null, current: bigint | undefined, digits: number | null): bigint | null {
  if (previous === null || current === undefined) return null;
  return current >= previous ? current - previous : wrappedVolume(digits, previous, current);
}

const lastDay = (period: string) => `${period}-${String(new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate()).padStart(2, "0")}`;

/**
 * Flat meters that served in the period (installed by its end, not taken out before it began), in address order,
 * with each zone's previous and current reading: the layout an accountant loads into the billing program. The
 * account is the meter's own, else the premise's (first active) account.
 */
export function readingsExportSource(ctx: StaffContext, filters: ReadingsExportFilters): ListSource<ReadingsExportMeter> {
  assertPermission(ctx, "finance.readings.view");
  const { period } = filters;
  const where = and(
    eq(meters.orgId, ctx.orgId),
    isNotNull(meters.premiseId),
    buildingScope(ctx, meters.buildingId),
    filters.buildingId ? eq(meters.buildingId, filters.buildingId) : undefined,
    or(isNull(meters.installedOn), lte(meters.installedOn, lastDay(period))),
    or(ne(meters.status, "decommissioned"), isNull(meters.decommissionedOn), gte(meters.decommissionedOn, `${period}-01`)),
  );
  const premiseAccount = sql<string | null>`(select ${personalAccounts.number} from ${personalAccounts}
    where ${personalAccounts.premiseId} = ${meters.premiseId} and ${personalAccounts.archivedAt} is null order by ${personalAccounts.number} limit 1)`;
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: meters.id }).from(meters).innerJoin(premises, eq(premises.id, meters.premiseId)).where(where).$dynamic();
      return ordered ? query.orderBy(asc(premises.sortKey), asc(meters.resource), asc(meters.serialNumber), asc(meters.id)) : query;
    },
    rows: async (ids) => {
      const rows = await ctx.db
        .select({
          id: meters.id,
          serialNumber: meters.serialNumber,
          resource: meters.resource,
          zones: meters.zones,
          digits: meters.digits,
          account: sql<string | null>`coalesce(${personalAccounts.number}, ${premiseAccount})`,
          buildingAddress: buildings.address,
          premiseType: premises.type,
          premiseNumber: premises.number,
        })
        .from(meters)
        .innerJoin(buildings, eq(buildings.id, meters.buildingId))
        .innerJoin(premises, eq(premises.id, meters.premiseId))
        .leftJoin(personalAccounts, eq(personalAccounts.id, meters.accountId))
        .where(and(eq(meters.orgId, ctx.orgId), inArray(meters.id, ids)));
      const history = await readingHistory(ctx.db, ctx.orgId, ids);
      return rows.map((m) => ({
        id: m.id,
        lines: meterZones(m.zones).map((zone) => {
          const zoneHistory = history.get(readingKey(m.id, zone));
          const previous = previousReading(zoneHistory, period)?.value ?? null;
          // A meter closed in the period has no regular reading then: its final reading is where it stopped.
          const current = zoneHistory?.find((r) => r.period === period && r.kind === "regular") ?? zoneHistory?.find((r) => r.period === period && r.kind === "final");
          return {
            account: m.account,
            address: formatPremiseAddress(m.buildingAddress, { type: m.premiseType as PremiseType, number: m.premiseNumber }),
            serialNumber: m.serialNumber,
            resource: m.resource,
            zone,
            previous,
            current: current?.value ?? null,
            volume: volumeOf(previous, current?.value, m.digits),
          };
        }),
      }));
    },
    id: (row) => row.id,
  };
}

/**
 * Readings as Excel numbers (the accountant's program sums them): the exact decimal text of the thousandths, read
 * once into the cell's number — no arithmetic on it.
 */
const amount = (milli: bigint | null) => (milli === null ? null : Number(formatScaledDecimal(milli, READING_SCALE)));

export const readingsExportColumns: ExportColumn<ReadingsExportLine>[] = [
  { header: "Лицевой счёт", value: (r) => r.account, width: 16 },
  { header: "Адрес", value: (r) => r.address, width: 45 },
  { header: "Заводской номер", value: (r) => r.serialNumber, width: 18 },
  { header: "Ресурс", value: (r) => resourceLabels[r.resource], width: 16 },
  { header: "Единица", value: (r) => resourceUnits[r.resource], width: 9 },
  { header: "Тарифная зона", value: (r) => (r.zone === "single" ? null : zoneLabels[r.zone]), width: 14 },
  { header: "Предыдущее показание", value: (r) => amount(r.previous), width: 16 },
  { header: "Текущее показание", value: (r) => amount(r.current), width: 16 },
  { header: "Объём", value: (r) => amount(r.volume), width: 12 },
];
