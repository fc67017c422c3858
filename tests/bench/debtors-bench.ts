import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { debtorFiltersFrom } from "@/lib/payments/debtors/debtor-filters";
import { listDebtors } from "@/lib/payments/debtors/list-debtors";
import { countDebtReminderRecipients } from "@/lib/payments/debtors/debt-reminder-recipients";
import { todayIn } from "@/lib/core/date-time";
import { parseListParams } from "@/lib/table/list-params";
import { benchOrg, insertFlats } from "./bench-org";
import { seconds } from "./memory";
import { stats } from "./search-bench";

const ACCOUNTS = 200_000;
const BUILDINGS = 100;
const RUNS = 20;

/**
 * 200,000 flats with an account each, an owner with a phone and a resident per flat, and one ledger entry per
 * account: 60 % in debt (up to 5 000 ₽), the rest overpaid or at zero. The entries go in as one statement, so the
 * trigger fills account_balances as issuing would.
 */
async function seed(db: Db, orgId: string): Promise<void> {
  await insertFlats(db, orgId, ACCOUNTS / BUILDINGS);
  await db.execute(sql`
    with people as (
      select p.id as premise_id, p.org_id, gen_random_uuid() as client_id, k, row_number() over () as n
      from premises p cross join generate_series(1, 2) k where p.org_id = ${orgId}
    ), inserted as (
      insert into clients (id, org_id, last_name, first_name, phone, search_text)
      select client_id, org_id, 'Должников' || n, 'Тест', case when k = 1 then '+7916' || lpad(n::text, 7, '0') end, 'должников' || n || ' тест' from people returning id
    )
    insert into premise_clients (org_id, premise_id, client_id, basis)
    select org_id, premise_id, client_id, case when k = 1 then 'owner' else 'resident' end from people`);
  await db.execute(sql`
    insert into ledger_entries (org_id, account_id, kind, amount_kopecks, occurred_on)
    select org_id, id, 'accrual', case when n % 5 < 3 then n % 500000 + 1 else -(n % 3) * 1000 end, current_date
    from (select id, org_id, row_number() over (order by id) as n from personal_accounts where org_id = ${orgId}) a`);
  await db.execute(sql`analyze`);
}

/**
 * «Должники» over 200,000 accounts: the first page (25 rows and the count) by default and per filter, a deep page,
 * the search, and the reminder's recipient count over the whole filter — RUNS times each. Goal: p95 under 200 ms.
 */
export async function debtorsBench(db: Db) {
  const org = await benchOrg(db, BUILDINGS);
  const started = performance.now();
  await seed(db, org.orgId);
  const seedSeconds = seconds(started);
  const building = org.buildings[7]!.id;
  const cases: Record<string, Record<string, string>> = {
    first: {},
    page40: { page: "40" },
    ascending: { sort: "debt", dir: "asc" },
    range: { debtFrom: "1 000", debtTo: "2 000" },
    building: { building },
    owners: { role: "owner" },
    search: { q: "Должников12345" },
    account: { q: "1012345" },
  };
  const result: Record<string, ReturnType<typeof stats> & { rows: number }> = {};
  const measure = async (name: string, run: () => Promise<number>) => {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      rows = await run();
      times.push(performance.now() - t0);
    }
    result[name] = { ...stats(times), rows };
  };
  for (const [name, sp] of Object.entries(cases)) await measure(name, async () => (await listDebtors(org.director, parseListParams(sp), debtorFiltersFrom(sp))).total.count);
  const today = todayIn("Europe/Moscow");
  await measure("reminderCountBuilding", () => countDebtReminderRecipients(org.director, { building }, "sms", today));
  return { accounts: ACCOUNTS, seedSeconds, ...result };
}
