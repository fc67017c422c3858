import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { debtFilterFrom } from "@/lib/billing/ledger/debt-filter";
import { listAccounts } from "@/lib/registry/accounts/list-accounts";
import { listClients } from "@/lib/registry/clients/list-clients";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { parseListParams } from "@/lib/table/list-params";
import { benchOrg, insertFlats } from "./bench-org";
import { seconds } from "./memory";
import { stats } from "./search-bench";

const PREMISES = 100_000;
const CLIENTS_PER_FLAT = 5;
const BUILDINGS = 50;
const RUNS = 20;

/**
 * 100,000 flats with an account each, 500,000 clients (five per flat) and a ledger for 40 % of the accounts: a
 * third of them overpaid, the rest in debt. The entries go in as one statement, so the trigger fills account_balances
 * as issuing would.
 */
async function seed(db: Db, orgId: string): Promise<void> {
  await insertFlats(db, orgId, PREMISES / BUILDINGS);
  await db.execute(sql`
    with people as (
      select p.id as premise_id, p.org_id, gen_random_uuid() as client_id, k, row_number() over () as n
      from premises p cross join generate_series(1, ${CLIENTS_PER_FLAT}) k where p.org_id = ${orgId}
    ), inserted as (
      insert into clients (id, org_id, last_name, first_name, search_text)
      select client_id, org_id, 'Житель' || n, 'Тест', 'житель' || n || ' тест' from people returning id
    )
    insert into premise_clients (org_id, premise_id, client_id, basis)
    select org_id, premise_id, client_id, case when k = 1 then 'owner' else 'resident' end from people`);
  await db.execute(sql`
    insert into ledger_entries (org_id, account_id, kind, amount_kopecks, occurred_on)
    select org_id, id, 'accrual', case when n % 3 = 0 then -(n % 50000) - 1 else n % 500000 + 1 end, current_date
    from (select id, org_id, row_number() over (order by id) as n from personal_accounts where org_id = ${orgId}) a where n % 5 < 2`);
  await db.execute(sql`analyze`);
}

const filters = { none: {}, debtors: { debt: "debtors" }, overpaid: { debt: "overpaid" }, range: { debtFrom: "1 000", debtTo: "2 000" }, withZero: { debtFrom: "-10", debtTo: "10" } } as const;

/**
 * «Долг» on the premises, clients and accounts lists: a first page (25 rows with the «Долг» column, and the count) per
 * filter, RUNS times each. What the filters cost beside the unfiltered list is the figure to watch.
 */
export async function debtsBench(db: Db) {
  const org = await benchOrg(db, BUILDINGS);
  const started = performance.now();
  await seed(db, org.orgId);
  const seedSeconds = seconds(started);
  const params = parseListParams({});
  const lists = {
    premises: (sp: Record<string, string>) => listPremises(org.director, params, { debt: debtFilterFrom(sp) }),
    clients: (sp: Record<string, string>) => listClients(org.director, params, { debt: debtFilterFrom(sp) }),
    accounts: (sp: Record<string, string>) => listAccounts(org.director, params, { status: "active", debt: debtFilterFrom(sp) }),
  };
  const result: Record<string, Record<string, ReturnType<typeof stats> & { rows: number }>> = {};
  for (const [list, run] of Object.entries(lists)) {
    result[list] = {};
    for (const [name, sp] of Object.entries(filters)) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        rows = (await run(sp)).total.count;
        times.push(performance.now() - t0);
      }
      result[list][name] = { ...stats(times), rows };
    }
  }
  return { premises: PREMISES, clients: PREMISES * CLIENTS_PER_FLAT, seedSeconds, ...result };
}
