import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { analyzeTables, meterTables, registryTables } from "@/db/analyze";
import { accountBalances, bankAccounts, buildings, invoiceLines, invoices, ledgerEntries, tariffPrices, tariffs } from "@/db/schema";
import { shiftPeriod } from "@/lib/billing/billing-period";
import { issueInvoices } from "@/lib/billing/issue-invoices";
import { startBillingRunSchema } from "@/lib/billing/run/billing-run-schema";
import { processBillingRun } from "@/lib/billing/run/process-billing-run";
import { startBillingRun } from "@/lib/billing/run/start-billing-run";
import { systemContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { log } from "@/lib/core/log";
import { insertAll } from "./demo-registry";

type TariffRow = typeof tariffs.$inferInsert;
type PriceRow = typeof tariffPrices.$inferInsert;

/** The services of every demo building; prices (e4) rise by the July indexation, as Moscow tariffs do. */
const services: { tariff: Omit<TariffRow, "orgId" | "buildingId" | "legalEntityId" | "bankAccountId">; price: Omit<PriceRow, "orgId" | "tariffId" | "validFrom">; july: bigint[] }[] = [
  { tariff: { name: "Холодное водоснабжение", code: "ХВС", type: "utility", unit: "м³", method: "meter", resource: "cold_water", meterPossible: true, commonEnabled: true }, price: { price1E4: 566_600n, normMilli: 6_935n, commonNormMilli: 31n }, july: [612_000n] },
  { tariff: { name: "Горячее водоснабжение", code: "ГВС", type: "utility", unit: "м³", method: "meter", resource: "hot_water", meterPossible: true }, price: { price1E4: 2_980_000n, normMilli: 4_745n }, july: [3_218_400n] },
  { tariff: { name: "Электроэнергия", code: "ЭЭ", type: "utility", unit: "кВт·ч", zones: 2, method: "meter", resource: "electricity", meterPossible: true }, price: { price1E4: 77_700n, price2E4: 26_500n, normMilli: 100_000n }, july: [83_900n, 28_600n] },
  { tariff: { name: "Отопление", code: "ОТ", type: "utility", unit: "Гкал", method: "norm_area" }, price: { price1E4: 28_000_000n, normMilli: 16n }, july: [30_240_000n] },
  { tariff: { name: "Содержание жилого помещения", code: "СЖП", type: "housing", unit: "м²", method: "area" }, price: { price1E4: 328_000n }, july: [328_000n] },
  { tariff: { name: "Обращение с ТКО", code: "ТКО", type: "utility", unit: "чел.", method: "norm_residents" }, price: { price1E4: 1_450_000n, normMilli: 1_000n }, july: [1_566_000n] },
  { tariff: { name: "Взнос на капитальный ремонт", code: "КР", type: "capital_repair", unit: "м²", method: "area" }, price: { price1E4: 271_400n }, july: [271_400n] },
];

const JULY = "-07-01";

async function seedTariffs(db: Db, orgId: string, buildingIds: readonly string[], firstPeriod: string): Promise<void> {
  const rows = await db
    .select({ id: buildings.id, legalEntityId: buildings.legalEntityId, bankAccountId: bankAccounts.id })
    .from(buildings)
    .innerJoin(bankAccounts, and(eq(bankAccounts.legalEntityId, buildings.legalEntityId), eq(bankAccounts.isDefault, true)))
    .where(and(eq(buildings.orgId, orgId), inArray(buildings.id, [...buildingIds])));
  const tariffRows: (TariffRow & { id: string })[] = [];
  const priceRows: PriceRow[] = [];
  const july = `${Number(firstPeriod.slice(0, 4)) + (firstPeriod.slice(5) < "07" ? 0 : 1)}${JULY}`;
  for (const b of rows) {
    if (!b.legalEntityId) continue;
    services.forEach(({ tariff, price, july: raised }, position) => {
      const id = randomUUID();
      tariffRows.push({ ...tariff, id, orgId, buildingId: b.id, legalEntityId: b.legalEntityId!, bankAccountId: b.bankAccountId, position });
      priceRows.push({ ...price, orgId, tariffId: id, validFrom: `${firstPeriod}-01` });
      priceRows.push({ ...price, orgId, tariffId: id, validFrom: july, price1E4: raised[0] ?? price.price1E4, price2E4: raised[1] ?? price.price2E4 ?? null });
    });
  }
  await insertAll(db, tariffs, tariffRows);
  await insertAll(db, tariffPrices, priceRows);
}

/**
 * Payments of the period's issued invoices, booked in the following month as the ledger's payment entries: most
 * accounts pay the amount due in full by the 15th, every 11th pays nothing (a debtor, who gathers penalties), every
 * 7th pays half and late. One statement per period.
 */
async function payInvoices(db: Db, orgId: string, period: string): Promise<void> {
  const month = shiftPeriod(period, 1);
  await db.execute(sql`
    with due as (
      select i.account_id, i.type, i.total_kopecks, row_number() over (order by i.account_id) as n
      from invoices i where i.org_id = ${orgId} and i.period = ${period} and i.status = 'issued' and i.total_kopecks > 0)
    insert into ledger_entries (org_id, account_id, kind, amount_kopecks, period, occurred_on, note, source, invoice_type)
    select ${orgId}::uuid, account_id, 'payment',
           -(case when n % 7 = 3 then total_kopecks / 2 else total_kopecks end),
           ${period}, (${`${month}-01`}::date + ((case when n % 7 = 3 then 24 else 5 + n % 10 end) || ' days')::interval)::date,
           'Оплата через банк', 'demo', type
    from due where n % 11 <> 4`);
}

/**
 * Billing of the demo: tariffs for every building (water and electricity by meter, heating by norm × area, upkeep and
 * capital repair by area, waste by norm × residents), registered residents in every flat, and twelve months of
 * invoices produced by the billing run itself and issued, each followed by the residents' payments — so lists,
 * balances, debtors and penalties have a year of history. The current month is left for the employee to run.
 */
export async function seedDemoBilling(db: Db, orgId: string, buildingIds: readonly string[], timezone: string): Promise<void> {
  const started = Date.now();
  const current = todayIn(timezone).slice(0, 7);
  const periods = Array.from({ length: 12 }, (_, i) => shiftPeriod(current, i - 12));
  await db.execute(sql`update premises set registered_residents = 1 + (abs(hashtext(id::text)) % 4) where org_id = ${orgId} and type = 'flat'`);
  await seedTariffs(db, orgId, buildingIds, periods[0] ?? current);
  await analyzeTables(db, [...registryTables, ...meterTables, tariffs, tariffPrices]);
  const ctx = systemContext(db, orgId, "Демо-данные");
  for (const [index, period] of periods.entries()) {
    const { id } = await startBillingRun(ctx, startBillingRunSchema.parse({ month: Number(period.slice(5)), year: Number(period.slice(0, 4)), allBuildings: true }));
    await processBillingRun(db, id);
    await issueInvoices(ctx, { runId: id });
    if (period !== periods.at(-1)) await payInvoices(db, orgId, period);
    // The planner's first guess about tables that were empty a moment ago is a nested loop over everything.
    if (index === 0) await analyzeTables(db, [invoices, invoiceLines, ledgerEntries, accountBalances]);
  }
  log.info("demo_billing_seeded", { months: periods.length, seconds: (Date.now() - started) / 1000 });
}
