import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { Db } from "@/db/client";
import { analyzeTables, meterTables, registryTables } from "@/db/analyze";
import { bankAccounts, tariffPrices, tariffs } from "@/db/schema";
import { startBillingRunSchema } from "@/lib/billing/run/billing-run-schema";
import { processBillingRun } from "@/lib/billing/run/process-billing-run";
import { startBillingRun } from "@/lib/billing/run/start-billing-run";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { benchOrg, insertFlats } from "./bench-org";
import { seconds, withRssSampling } from "./memory";

const PERIOD = "2026-11";
const PAST = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];

/** Eight services per building: three by meter (electricity in two zones), heating by norm × area, two by area, waste by residents, intercom fixed. */
const services = [
  { name: "Холодное водоснабжение", type: "utility", unit: "м³", method: "meter", resource: "cold_water", zones: 1, price1: 566_600, price2: null, norm: 6_935, common: 31 },
  { name: "Горячее водоснабжение", type: "utility", unit: "м³", method: "meter", resource: "hot_water", zones: 1, price1: 2_980_000, price2: null, norm: 4_745, common: null },
  { name: "Электроэнергия", type: "utility", unit: "кВт·ч", method: "meter", resource: "electricity", zones: 2, price1: 77_700, price2: 26_500, norm: 100_000, common: null },
  { name: "Отопление", type: "utility", unit: "Гкал", method: "norm_area", resource: null, zones: 1, price1: 28_000_000, price2: null, norm: 16, common: null },
  { name: "Содержание жилого помещения", type: "housing", unit: "м²", method: "area", resource: null, zones: 1, price1: 328_000, price2: null, norm: null, common: null },
  { name: "Обращение с ТКО", type: "utility", unit: "чел.", method: "norm_residents", resource: null, zones: 1, price1: 1_450_000, price2: null, norm: 1_000, common: null },
  { name: "Домофон", type: "operational", unit: "шт.", method: "fixed", resource: null, zones: 1, price1: 650_000, price2: null, norm: null, common: null },
  { name: "Взнос на капитальный ремонт", type: "capital_repair", unit: "м²", method: "area", resource: null, zones: 1, price1: 271_400, price2: null, norm: null, common: null },
] as const;

/** Flats with residents, tariffs, a meter of each metered resource per flat with six months of readings, and a debt on every tenth account. */
async function seed(db: Db, flatsPerBuilding: number, buildings: number) {
  const org = await benchOrg(db, buildings);
  await insertFlats(db, org.orgId, flatsPerBuilding);
  await db.execute(sql`update premises set registered_residents = 1 + (number::int % 4) where org_id = ${org.orgId}`);
  const [entity] = await queryRows<{ id: string }>(db, sql`select id from legal_entities where org_id = ${org.orgId} limit 1`);
  const [bank] = await db
    .insert(bankAccounts)
    .values({ orgId: org.orgId, legalEntityId: entity!.id, bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225", isDefault: true })
    .returning();
  for (const [position, s] of services.entries()) {
    await db.execute(sql`
      with t as (
        insert into ${tariffs} (org_id, building_id, name, type, unit, method, resource, zones, meter_possible, common_enabled, legal_entity_id, bank_account_id, position)
        select ${org.orgId}::uuid, b.id, ${s.name}, ${s.type}, ${s.unit}, ${s.method}, ${s.resource}, ${s.zones}, ${s.method === "meter"}, ${s.common !== null}, ${entity!.id}::uuid, ${bank!.id}::uuid, ${position}
        from buildings b where b.org_id = ${org.orgId} returning id)
      insert into ${tariffPrices} (org_id, tariff_id, valid_from, price1_e4, price2_e4, norm_milli, common_norm_milli)
      select ${org.orgId}::uuid, id, '2026-01-01', ${s.price1}, ${s.price2}, ${s.norm}, ${s.common} from t`);
  }
  for (const [resource, zones, step] of [["cold_water", 1, 3_000], ["hot_water", 1, 2_000], ["electricity", 2, 150_000]] as const) {
    await db.execute(sql`
      insert into meters (org_id, building_id, premise_id, account_id, resource, zones, serial_number, serial_key, digits, installed_on, status_since)
      select p.org_id, p.building_id, p.id, a.id, ${resource}, ${zones}, ${resource} || '-' || p.id, ${resource} || p.id, 6, '2026-01-15', '2026-01-15'
      from premises p join personal_accounts a on a.premise_id = p.id where p.org_id = ${org.orgId}`);
    const zoneNames = zones === 2 ? ["day", "night"] : ["single"];
    for (const zone of zoneNames) {
      await db.execute(sql`
        insert into meter_readings (org_id, meter_id, zone, period, kind, value_milli, source, author_type, author_name, taken_at)
        select org_id, id, ${zone}, '2026-01', 'initial', 0, 'staff', 'system', 'Бенчмарк', '2026-01-15' from meters where org_id = ${org.orgId} and resource = ${resource}`);
      for (const [i, period] of [...PAST, PERIOD].entries()) {
        // Every seventh meter missed October: November recalculates it.
        await db.execute(sql`
          insert into meter_readings (org_id, meter_id, zone, period, kind, value_milli, source, author_type, author_name, taken_at)
          select org_id, id, ${zone}, ${period}, 'regular', ${(i + 1) * step}, 'staff', 'system', 'Бенчмарк', ${`${period}-20`}::timestamptz
          from meters where org_id = ${org.orgId} and resource = ${resource} and not (${period} = '2026-10' and abs(hashtext(id::text)) % 7 = 0)`);
      }
    }
  }
  await db.execute(sql`
    insert into ledger_entries (org_id, account_id, kind, amount_kopecks, occurred_on, source, invoice_type)
    select org_id, id, 'opening_balance', 1000000 + (abs(hashtext(id::text)) % 500000), '2026-06-01', 'bench', 'utilities'
    from personal_accounts where org_id = ${org.orgId} and abs(hashtext(id::text)) % 10 = 0`);
  await analyzeTables(db, [...registryTables, ...meterTables, tariffs, tariffPrices]);
  return org;
}

/**
 * The reference: the run's own invoice lines COPYed out and straight back into invoice_lines (indexes in place) in
 * a transaction that is rolled back — the same rows, bytes and table the run wrote, with no computing at all.
 */
async function rawCopySeconds(url: string, runId: string) {
  const { Client } = await import("pg");
  const reader = new Client({ connectionString: url });
  const writer = new Client({ connectionString: url });
  await Promise.all([reader.connect(), writer.connect()]);
  const columns = "org_id, invoice_id, tariff_id, kind, position, service_name, unit, tariff, qty1_milli, qty2_milli, qty3_milli, price1_e4, price2_e4, price3_e4, accrued_kopecks, recalculation_kopecks, recalculation_reason, penalty_kopecks, total_kopecks, vat_kopecks, basis, penalty_detail";
  try {
    await writer.query("begin");
    const started = performance.now();
    await pipeline(
      reader.query(copyTo(`copy (select ${columns} from invoice_lines where invoice_id in (select id from invoices where billing_run_id = '${runId}')) to stdout`)),
      writer.query(copyFrom(`copy invoice_lines (${columns}) from stdin`)),
    );
    const copySeconds = (performance.now() - started) / 1000;
    await writer.query("rollback");
    return copySeconds;
  } finally {
    await Promise.all([reader.end(), writer.end()]);
  }
}

/**
 * Issue #10: a billing run over 50,000 accounts × 8 services (PostgreSQL; PGlite with 5,000) — time and peak RSS —
 * beside a raw COPY of the same number of invoice lines into the same table. Goal ≤ 3× COPY, floor under 60 s.
 */
export async function billingBench(db: Db, url?: string, size: [buildings: number, flats: number] = url ? [50, 1000] : [10, 500]) {
  const [buildings, flats] = size;
  let started = performance.now();
  const org = await seed(db, flats, buildings);
  const seedSeconds = seconds(started);
  const { id } = await startBillingRun(org.director, startBillingRunSchema.parse({ month: 11, year: 2026, allBuildings: true }));
  started = performance.now();
  const { sampledPeakMb } = await withRssSampling(() => processBillingRun(db, id));
  const runSeconds = (performance.now() - started) / 1000;
  const [counts] = await queryRows<{ invoices: number; lines: number; accounts: number }>(
    db,
    sql`select count(distinct i.id)::int as invoices, count(*)::int as lines, count(distinct i.account_id)::int as accounts
        from invoices i join invoice_lines l on l.invoice_id = i.id where i.billing_run_id = ${id}`,
  );
  const copySeconds = url ? await rawCopySeconds(url, id) : null;
  return {
    accounts: counts?.accounts,
    invoices: counts?.invoices,
    lines: counts?.lines,
    seedSeconds,
    runSeconds: Math.round(runSeconds * 10) / 10,
    accountsPerSecond: Math.round((counts?.accounts ?? 0) / runSeconds),
    copySeconds: copySeconds === null ? "PostgreSQL only" : Math.round(copySeconds * 100) / 100,
    runToCopy: copySeconds === null ? null : Math.round((runSeconds / copySeconds) * 10) / 10,
    goal: "run ≤ 3× COPY of its lines, under 60 s",
    runPeakMb: sampledPeakMb,
  };
}
