import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildings, premises } from "@/db/schema";
import { archivePremise } from "@/lib/registry/premises/archive-premise";
import { listPremises, premisesSource } from "@/lib/registry/premises/list-premises";
import { countList, listBatches, listPage } from "@/lib/table/list-page";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeBuilding, makePremise } from "../registry/premise-helpers";

let t: TestDb;
let a: OrgFixture;
let archivedId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  const ctx = a.director;
  // Two houses on one street (ties on city and street), flats numbered 1…12 typed out of order, equal areas.
  const first = await makeBuilding(a, "ул. Садовая", "10");
  const second = await makeBuilding(a, "ул. Садовая", "2");
  for (const building of [first, second]) {
    for (const n of [10, 2, 12, 1, 11, 3]) await makePremise(ctx, building.id, { number: String(n), totalArea: n % 2 ? "40" : "55.5" });
  }
  await makePremise(ctx, first.id, { number: "10а", totalArea: "40" });
  const archived = await makePremise(ctx, second.id, { number: "99", totalArea: "40" });
  archivedId = archived.id;
  await archivePremise(ctx, { id: archived.id });
});
afterAll(async () => t?.close());

/** Today's query before ids-first: the whole rows, ordered and paged in one statement, with the natural-order regex. */
async function oldQuery(size: number, page: number) {
  const natural = (column: typeof buildings.house | typeof premises.number) => sql`nullif(substring(${column} from '^[0-9]+'), '')::numeric`;
  const rows = await t.db
    .select({ id: premises.id })
    .from(premises)
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(and(eq(premises.orgId, a.orgId), isNull(premises.archivedAt)))
    .orderBy(asc(buildings.city), asc(buildings.street), asc(natural(buildings.house)), asc(buildings.house), asc(buildings.id), asc(natural(premises.number)), asc(premises.number), asc(premises.id))
    .limit(size)
    .offset((page - 1) * size);
  return rows.map((r) => r.id);
}

const pageIds = async (query: Record<string, string>) => (await listPremises(a.director, parseListParams(query))).rows.map((r) => r.id);

describe("the list primitive (ids first, then display columns)", () => {
  it("gives the same rows in the same order as the one-statement query, page by page, archived rows left out", async () => {
    for (const page of [1, 2]) {
      expect(await pageIds({ size: "10", page: String(page) }), `page ${page}`).toEqual(await oldQuery(10, page));
    }
    const all = (await listPremises(a.director, parseListParams({ size: "100" }))).rows;
    expect(all).toHaveLength(13);
    expect(all.map((r) => r.id)).not.toContain(archivedId);
    // Natural order inside a building: 1, 2, 3, 10, 10а, 11, 12; house 2 before house 10.
    expect(all.slice(0, 6).map((r) => r.number)).toEqual(["1", "2", "3", "10", "11", "12"]);
    expect(all.slice(6, 13).map((r) => r.number)).toEqual(["1", "2", "3", "10", "10а", "11", "12"]);
  });

  it("orders ties (equal areas) by id, so pages neither repeat nor skip a row, both directions", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const pages = [];
      for (const page of [1, 2, 3]) pages.push(...(await pageIds({ sort: "area", dir, size: "5", page: String(page) })));
      const expected = await t.db
        .select({ id: premises.id })
        .from(premises)
        .where(and(eq(premises.orgId, a.orgId), isNull(premises.archivedAt)))
        .orderBy(dir === "desc" ? sql`${premises.totalArea} desc nulls last` : sql`${premises.totalArea} asc nulls last`, asc(premises.id));
      expect(pages).toEqual(expected.map((r) => r.id));
    }
    const descending = await pageIds({ dir: "desc", size: "100" });
    expect(descending).toEqual([...(await oldQuery(100, 1))].reverse());
  });

  it("counts exactly up to the limit, then says «more than» with the planner's estimate, and a page past the end is empty", async () => {
    const source = premisesSource(a.director, parseListParams({}));
    expect(await countList(t.db, source.ids(false))).toEqual({ count: 13, exact: true, estimate: null });
    const capped = await countList(t.db, source.ids(false), 5);
    expect(capped.exact).toBe(false);
    expect(capped.count).toBe(5);
    expect(capped.estimate === null || capped.estimate > 5).toBe(true);
    const past = await listPremises(a.director, parseListParams({ page: "9" }));
    expect(past.rows).toEqual([]);
    expect(past.total.count).toBe(13);
  });

  it("computes display columns only for the page's ids", async () => {
    const asked: number[] = [];
    const params = parseListParams({ size: "10", page: "2" });
    const source = premisesSource(a.director, params);
    const page = await listPage(t.db, { ...source, rows: (ids) => (asked.push(ids.length), source.rows(ids)) }, params);
    expect(asked).toEqual([3]);
    expect(page.rows.map((r) => r.id)).toEqual(await oldQuery(10, 2));
  });

  it("walks every row in list order, one batch of display rows at a time", async () => {
    const source = premisesSource(a.director, parseListParams({}));
    const batches = [];
    for await (const batch of listBatches(source, 4)) batches.push(batch);
    expect(batches.map((b) => b.rows.length)).toEqual([4, 4, 4, 1]);
    expect(batches.flatMap((b) => b.rows.map((r) => r.id))).toEqual(await oldQuery(100, 1));
  });

  it("reads the next batch while the caller writes this one, never more than one ahead", async () => {
    const source = premisesSource(a.director, parseListParams({}));
    let asked = 0;
    const counting = { ...source, rows: (ids: string[]) => ((asked += 1), source.rows(ids)) };
    const ahead: number[] = [];
    let given = 0;
    for await (const batch of listBatches(counting, 4)) {
      given += 1;
      ahead.push(asked - given);
      expect(batch.rows.length).toBeGreaterThan(0);
    }
    expect(ahead).toEqual([1, 1, 1, 0]);
  });

  it("reports rows that vanished between reading the ids and the rows as skipped", async () => {
    const source = premisesSource(a.director, parseListParams({}));
    const [gone] = await oldQuery(1, 1);
    const vanishing = { ...source, rows: async (ids: string[]) => (await source.rows(ids)).filter((r) => r.id !== gone) };
    let skipped = 0;
    for await (const batch of listBatches(vanishing, 50)) skipped += batch.skipped;
    expect(skipped).toBe(1);
  });
});
