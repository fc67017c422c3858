import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listMeters } from "@/lib/meters/list-meters";
import type { MeterFilters } from "@/lib/meters/meter-filters";
import type { ListParams } from "@/lib/table/list-params";
import { benchOrg, insertFlats, type BenchOrg } from "./bench-org";
import { measureScenarios, seconds } from "./memory";

const BUILDINGS = 50;
const FLATS = 2_000;
/** Three meters per flat (cold and hot water, two-zone electricity): 300,000 meters on 100,000 flats. */
export const BENCH_METERS = BUILDINGS * FLATS * 3;

/**
 * 100,000 flats with an account and an owner, three meters each (the account tied), the initial readings and two
 * months of regular ones, next verification dates spread over ±3 years: set-based SQL, then ANALYZE. The meters'
 * sort keys come from the trigger, as from any write path.
 */
export async function seedMeters(db: Db, org: BenchOrg): Promise<void> {
  await insertFlats(db, org.orgId, FLATS);
  await db.execute(sql`
    with flats as (select id, org_id, gen_random_uuid() as client_id, row_number() over (order by id) as n from premises where org_id = ${org.orgId}),
    owners as (
      insert into clients (id, org_id, last_name, first_name, search_text)
      select client_id, org_id, 'Житель' || n, 'Тест', 'житель' || n || ' тест' from flats returning id
    )
    insert into premise_clients (org_id, premise_id, client_id, basis) select org_id, id, client_id, 'owner' from flats`);
  await db.execute(sql`
    insert into meters (org_id, building_id, premise_id, account_id, resource, zones, serial_number, serial_key, digits, next_verification_on, installed_on)
    select p.org_id, p.building_id, p.id, a.id, r.resource, r.zones, r.prefix || '-' || n, r.prefix || n, 5,
      date '2026-12-01' + ((n * 7919 + r.k * 31) % 2190 - 1095)::int, date '2025-01-10'
    from (select *, row_number() over (order by id) as n from premises where org_id = ${org.orgId}) p
    join personal_accounts a on a.premise_id = p.id
    cross join (values (1, 'cold_water', 1, 'ХВ'), (2, 'hot_water', 1, 'ГВ'), (3, 'electricity', 2, 'ЭЛ')) r(k, resource, zones, prefix)`);
  await db.execute(sql`
    insert into meter_readings (org_id, meter_id, zone, period, kind, value_milli, source, author_type, author_name, taken_at)
    select m.org_id, m.id, z.zone, p.period, p.kind, p.value, 'staff', 'system', 'Бенчмарк', p.taken_at
    from meters m
    cross join lateral (select unnest(case when m.zones = 2 then array['day', 'night'] else array['single'] end) as zone) z
    cross join (values ('2025-01', 'initial', 0::bigint, timestamptz '2025-01-10'), ('2026-10', 'regular', 50000::bigint, timestamptz '2026-10-20'), ('2026-11', 'regular', 53000::bigint, timestamptz '2026-11-20')) p(period, kind, value, taken_at)
    where m.org_id = ${org.orgId}`);
  await db.execute(sql`analyze`);
}

/** What staff do on «Приборы учёта»: open it, page deep, filter, search by each kind of text, sort. */
function scenarios(org: Pick<BenchOrg, "buildings">): [string, Partial<ListParams>, MeterFilters][] {
  const building = org.buildings[7]?.id;
  return [
    ["first page", {}, {}],
    ["page 400", { page: 400 }, {}],
    ["last page by address desc", { dir: "desc" }, {}],
    ["building", {}, { buildingId: building }],
    ["electricity", {}, { resource: "electricity" }],
    ["status verification expired", {}, { status: "verification_expired" }],
    ["status working", {}, { status: "working" }],
    ["faulty (none)", {}, { status: "faulty" }],
    ["due in 30 days", {}, { dueWithinDays: 30 }],
    ["sort by verification", { sort: "verification" }, {}],
    ["sort by serial desc", { sort: "serial", dir: "desc" }, {}],
    ["serial fragment", { q: "ЭЛ-4711" }, {}],
    ["serial exact", { q: "ХВ-77001" }, {}],
    ["address", { q: `${org.buildings[3]?.street.replace(/^ул\. |^пр-т /, "")} ${org.buildings[3]?.house} 150` }, {}],
    ["street", { q: "Садовая" }, {}],
    ["account", { q: "1054321" }, {}],
    ["surname", { q: "Житель12345" }, {}],
    ["building + expired + electricity", {}, { buildingId: building, status: "verification_expired", resource: "electricity" }],
  ];
}

/** Each scenario ten times, page 1 of 25 rows as the table asks. */
export const measureMeterList = (org: Pick<BenchOrg, "director" | "buildings">) =>
  measureScenarios(
    scenarios(org).map(([name, params, filters]) => [name, { params, filters }] as const),
    async ({ params, filters }) => (await listMeters(org.director, { page: 1, size: 25, dir: "asc", ...params }, filters)).rows.length,
  );

export async function metersBench(db: Db) {
  const org = await benchOrg(db, BUILDINGS);
  const started = performance.now();
  await seedMeters(db, org);
  const seedSeconds = seconds(started);
  return { meters: BENCH_METERS, seedSeconds, ...(await measureMeterList(org)) };
}
