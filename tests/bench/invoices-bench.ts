import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { InvoiceFilters } from "@/lib/billing/invoices/invoice-filters";
import { listInvoices } from "@/lib/billing/invoices/list-invoices";
import type { ListParams } from "@/lib/table/list-params";
import { benchOrg, insertFlats, type BenchOrg } from "./bench-org";
import { measureScenarios, seconds } from "./memory";

const BUILDINGS = 50;
const FLATS = 1_000;
/** A year of ЖКУ invoices for 50,000 flats: 600,000, a third of them issued; every tenth flat has capital repair too. */
export const BENCH_INVOICES = BUILDINGS * FLATS * 12;

/** Invoices written set-based, amounts spread, then ANALYZE; no lines — the list never reads them. */
async function seedInvoices(db: Db, org: BenchOrg): Promise<void> {
  await insertFlats(db, org.orgId, FLATS);
  await db.execute(sql`
    insert into invoices (org_id, building_id, premise_id, account_id, type, period, status, pdf_type, accrued_kopecks, total_kopecks)
    select p.org_id, p.building_id, p.id, a.id, 'utilities', '2026-' || lpad(m::text, 2, '0'),
      case when m < 9 then 'issued' else 'draft' end, case when p.n % 7 = 0 then 'uploaded' else 'generated' end,
      100000 + (p.n * 7919 + m * 31) % 900000, 100000 + (p.n * 7919 + m * 31) % 900000
    from (select *, row_number() over (order by id) as n from premises where org_id = ${org.orgId}) p
    join personal_accounts a on a.premise_id = p.id
    cross join generate_series(1, 12) m`);
  await db.execute(sql`
    insert into invoices (org_id, building_id, premise_id, account_id, type, period, status, total_kopecks)
    select p.org_id, p.building_id, p.id, a.id, 'capital_repair', '2026-11', 'issued', 50000
    from premises p join personal_accounts a on a.premise_id = p.id where p.org_id = ${org.orgId} and p.number::int % 10 = 0`);
  await db.execute(sql`analyze`);
}

/** What staff do on «Счета»: open it, page deep, filter by building, month, status, type, receipt, search, sort. */
function scenarios(org: Pick<BenchOrg, "buildings">): [string, Partial<ListParams>, InvoiceFilters][] {
  const building = org.buildings[7]?.id;
  return [
    ["first page", {}, {}],
    ["page 400", { page: 400 }, {}],
    ["building", {}, { buildingId: building }],
    ["month of year", {}, { year: 2026, month: 3 }],
    ["year", {}, { year: 2026 }],
    ["month of every year", {}, { month: 3 }],
    ["drafts", {}, { status: "draft" }],
    ["capital repair", {}, { type: "capital_repair" }],
    ["uploaded without file", {}, { pdf: "missing" }],
    ["building + month + issued", {}, { buildingId: building, year: 2026, month: 5, status: "issued" }],
    ["sort by amount desc", { sort: "amount", dir: "desc" }, {}],
    ["sort by period asc", { sort: "period", dir: "asc" }, {}],
    ["account", { q: "1012345" }, {}],
    ["address", { q: `${org.buildings[3]?.street.replace(/^ул\. |^пр-т /, "")} ${org.buildings[3]?.house} 150` }, {}],
    ["street", { q: "Садовая" }, {}],
  ];
}

/** Each scenario ten times, page 1 of 25 rows as the table asks (its count read beside it, as the page does). */
const measureInvoiceList = (org: Pick<BenchOrg, "director" | "buildings">) =>
  measureScenarios(
    scenarios(org).map(([name, params, filters]) => [name, { params, filters }] as const),
    async ({ params, filters }) => (await listInvoices(org.director, { page: 1, size: 25, dir: "asc", ...params }, filters)).rows.length,
  );

/** «Счета» over a year of invoices of 50,000 flats (issue #10: 600,000 invoices a year must stay fast). */
export async function invoicesBench(db: Db) {
  const org = await benchOrg(db, BUILDINGS);
  const started = performance.now();
  await seedInvoices(db, org);
  const seedSeconds = seconds(started);
  return { invoices: BENCH_INVOICES, seedSeconds, ...(await measureInvoiceList(org)) };
}
