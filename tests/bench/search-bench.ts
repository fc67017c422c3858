import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { benchOrg, insertFlats, STREETS, type BenchOrg } from "./bench-org";
import { seconds } from "./memory";

export const SEARCH_PREMISES = 100_000;
const SEARCHES = 200;
const BUILDINGS = 50;
const FLATS = SEARCH_PREMISES / BUILDINGS;
const LAST_NAMES = ["Иванов", "Петрова", "Сидоров", "Кузнецова", "Смирнов", "Попова", "Волков", "Соколова", "Лебедев", "Козлова", "Новиков", "Морозова"];
const FIRST_NAMES = ["Иван", "Анна", "Сергей", "Мария", "Дмитрий", "Ольга", "Андрей", "Елена"];

const list = (items: readonly string[]) => sql.raw(`array[${items.map((s) => `'${s}'`).join(",")}]`);

/** 100,000 flats with an account and an owner each, written by three set-based statements. */
async function seed(db: Db, org: BenchOrg): Promise<void> {
  await insertFlats(db, org.orgId, FLATS);
  // One owner per flat: the client rows and their links come from one numbered list of the flats.
  await db.execute(sql`
    with flats as (select id, org_id, gen_random_uuid() as client_id, row_number() over (order by id) as n from premises where org_id = ${org.orgId}),
    owners as (
      insert into clients (id, org_id, last_name, first_name, middle_name, phone, search_text)
      select client_id, org_id, last_name, first_name, 'Петрович', '+79' || lpad(n::text, 9, '0'),
        -- What clientSearchText() writes: the lower-cased full name and the phone's digits.
        lower(last_name || ' ' || first_name || ' петрович') || ' 79' || lpad(n::text, 9, '0')
      from (select *, (${list(LAST_NAMES)})[n % ${LAST_NAMES.length} + 1] as last_name, (${list(FIRST_NAMES)})[n % ${FIRST_NAMES.length} + 1] as first_name from flats) f
      returning id
    )
    insert into premise_clients (org_id, premise_id, client_id, basis) select org_id, id, client_id, 'owner' from flats`);
  await db.execute(sql`analyze`);
}

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** The three kinds of search staff type, in turn: an address fragment, an account number, a client's name. */
function query(i: number): { kind: "address" | "account" | "client"; q: string } {
  const flat = (i * 7919) % FLATS + 1;
  const house = (i % (BUILDINGS / STREETS.length)) + 1;
  const street = pick(STREETS, i).replace(/^(ул\.|пр-т) /, "");
  if (i % 3 === 0) return { kind: "address", q: i % 2 ? `${street} ${house} ${flat}` : street.slice(0, 5) };
  if (i % 3 === 1) return { kind: "account", q: String(1_000_000 + ((i * 104729) % SEARCH_PREMISES) + 1) };
  return { kind: "client", q: i % 2 ? pick(LAST_NAMES, i) : `${pick(LAST_NAMES, i)} ${pick(FIRST_NAMES, i)}` };
}

function percentile(sorted: readonly number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}

/** p50, p95 and max of a set of timings, ms. */
export const stats = (times: number[]) => {
  const sorted = [...times].sort((x, y) => x - y);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: percentile(sorted, 100) };
};

export async function searchBench(db: Db) {
  const org = await benchOrg(db, BUILDINGS);
  const started = performance.now();
  await seed(db, org);
  const seedSeconds = seconds(started);
  const times: Record<string, number[]> = { address: [], account: [], client: [] };
  for (let i = 0; i < SEARCHES; i++) {
    const { kind, q } = query(i);
    const t0 = performance.now();
    await listPremises(org.director, { page: 1, size: 25, dir: "asc", q }, {});
    times[kind]?.push(performance.now() - t0);
  }
  const all = Object.values(times).flat();
  return { premises: SEARCH_PREMISES, seedSeconds, all: stats(all), ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stats(v)])) };
}
