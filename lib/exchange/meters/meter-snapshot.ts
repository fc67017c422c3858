import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { meters, personalAccounts, type MeterStatus, type MeterZone } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { readingKey } from "@/lib/meters/reading-history";
import type { PriorReading } from "@/lib/meters/reading-rules";
import { queryRows } from "../plan/bulk-sql";

/**
 * The organisation's meters in the employee's buildings, as the imports match and check them; `only` narrows them
 * to those an API request names.
 */
export async function loadImportMeters(ctx: StaffContext, only?: { ids: string[]; externalIds: string[] }) {
  return ctx.db
    .select({
      id: meters.id,
      buildingId: meters.buildingId,
      premiseId: meters.premiseId,
      accountId: meters.accountId,
      resource: meters.resource,
      zones: meters.zones,
      serialNumber: meters.serialNumber,
      serialKey: meters.serialKey,
      status: meters.status,
      nextVerificationOn: meters.nextVerificationOn,
      digits: meters.digits,
      externalId: meters.externalId,
    })
    .from(meters)
    .where(and(eq(meters.orgId, ctx.orgId), buildingScope(ctx, meters.buildingId), only ? or(inArray(meters.id, only.ids), inArray(meters.externalId, only.externalIds)) : undefined));
}
export type ImportMeter = Awaited<ReturnType<typeof loadImportMeters>>[number];
export const isActive = (m: Pick<ImportMeter, "status">) => m.status !== ("decommissioned" satisfies MeterStatus);

/** Account number → its premise, for rows that name the meter by account and resource. */
export async function loadAccountPremises(ctx: StaffContext): Promise<Map<string, string>> {
  const rows = await ctx.db
    .select({ number: personalAccounts.number, premiseId: personalAccounts.premiseId })
    .from(personalAccounts)
    .where(and(eq(personalAccounts.orgId, ctx.orgId), isNull(personalAccounts.archivedAt)));
  return new Map(rows.map((r) => [r.number, r.premiseId]));
}

/** What a period's reading is checked against: the latest one before it, and the earliest within six months of that. */
export type PriorByZone = Map<string, { last: PriorReading; first: PriorReading | null }>;

/**
 * For every meter and zone of the organisation, in two set-based queries (DISTINCT ON over the readings index): the
 * reading a new one for `period` follows (the latest earlier one, or an initial one of the same month) and the
 * earliest of the six months before it, which is all the «implausible jump» average needs.
 */
export async function loadPriorReadings(ctx: StaffContext, period: string): Promise<PriorByZone> {
  const rows = await queryRows<{ meter_id: string; zone: string; period: string; value: string; first_period: string | null; first_value: string | null }>(
    ctx.db,
    sql`with last as (
          select distinct on (meter_id, zone) meter_id, zone, period, value_milli
          from meter_readings
          where org_id = ${ctx.orgId} and (period < ${period} or (period = ${period} and kind = 'initial'))
          order by meter_id, zone, period desc, taken_at desc
        ), first as (
          select distinct on (r.meter_id, r.zone) r.meter_id, r.zone, r.period, r.value_milli
          from meter_readings r join last l on l.meter_id = r.meter_id and l.zone = r.zone
          where r.org_id = ${ctx.orgId} and r.period <= l.period
            and r.period >= to_char(to_date(l.period, 'YYYY-MM') - interval '6 months', 'YYYY-MM')
          order by r.meter_id, r.zone, r.period, r.taken_at
        )
        select l.meter_id, l.zone, l.period, l.value_milli::text as value, f.period as first_period, f.value_milli::text as first_value
        from last l left join first f on f.meter_id = l.meter_id and f.zone = l.zone`,
  );
  const prior: PriorByZone = new Map();
  for (const r of rows) {
    const first = r.first_period && r.first_value !== null ? { period: r.first_period, value: BigInt(r.first_value) } : null;
    prior.set(readingKey(r.meter_id, r.zone as MeterZone), { last: { period: r.period, value: BigInt(r.value) }, first });
  }
  return prior;
}

export type PeriodReading = { id: string; value: bigint; idempotencyKey: string | null };

/** The regular readings already given for `period`, by meter and zone. */
export async function loadPeriodReadings(ctx: StaffContext, period: string): Promise<Map<string, PeriodReading>> {
  const rows = await queryRows<{ id: string; meter_id: string; zone: string; value: string; idempotency_key: string | null }>(
    ctx.db,
    sql`select id, meter_id, zone, value_milli::text as value, idempotency_key from meter_readings
        where org_id = ${ctx.orgId} and period = ${period} and kind = 'regular'`,
  );
  return new Map(rows.map((r) => [readingKey(r.meter_id, r.zone as MeterZone), { id: r.id, value: BigInt(r.value), idempotencyKey: r.idempotency_key }]));
}

export type KeyedReading = { id: string; meterId: string; zone: string; period: string };

/** Readings already saved under any of these idempotency keys (a file or API call sent before). */
export async function loadKeyedReadings(ctx: StaffContext, keys: readonly string[]): Promise<Map<string, KeyedReading>> {
  if (!keys.length) return new Map();
  const rows = await queryRows<{ id: string; key: string; meter_id: string; zone: string; period: string }>(
    ctx.db,
    sql`select id, idempotency_key as key, meter_id, zone, period from meter_readings
        where org_id = ${ctx.orgId} and idempotency_key in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`,
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, meterId: r.meter_id, zone: r.zone, period: r.period }]));
}

