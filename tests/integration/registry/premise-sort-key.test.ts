import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postPremises } from "@/app/api/v1/premises/route";
import { premises } from "@/db/schema";
import { commitImport } from "@/lib/exchange/commit-import";
import { previewImport } from "@/lib/exchange/preview-import";
import { buildingUpdateSchema } from "@/lib/org/building-schema";
import { updateBuilding } from "@/lib/org/update-building";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { premiseUpdateSchema } from "@/lib/registry/premises/premise-schema";
import { updatePremise } from "@/lib/registry/premises/update-premise";
import { parseListParams } from "@/lib/table/list-params";
import { expectReady, importOrg, type ImportOrg } from "@/tests/support/exchange-fixtures";
import { registryXlsx } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { keyFor, post, useDbForRoutes } from "../api/api-helpers";
import { makeBuilding, makePremise } from "./premise-helpers";

let t: TestDb;
let org: ImportOrg;

beforeAll(async () => {
  t = await createTestDb();
  useDbForRoutes(t.db);
  org = await importOrg(t.db, "Сортировка");
});
afterAll(async () => {
  useDbForRoutes(undefined);
  await t?.close();
});

const keyOf = async (id: string) => (await t.db.select({ key: premises.sortKey }).from(premises).where(eq(premises.id, id)))[0]?.key;

/** Every premise's stored key equals the key computed afresh from its building, type and number. */
async function staleKeys(): Promise<string[]> {
  const rows = await t.db.execute(sql`select p.id from premises p join buildings b on b.id = p.building_id where p.sort_key is distinct from premise_sort_key(b, p.type, p.number)`);
  return (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

const numbersInOrder = async (buildingId: string) =>
  (await listPremises(org.director, parseListParams({ size: "100" }), { buildingId })).rows.map((r) => `${r.type}:${r.number}`);

describe("premises.sort_key", () => {
  it("is set by the staff form and follows an edit of the number", async () => {
    const building = await makeBuilding(org, "ул. Форменная", "1");
    const premise = await makePremise(org.director, building.id, { number: "9" });
    const before = await keyOf(premise.id);
    expect(before).toContain("0000000009");
    await updatePremise(org.director, premiseUpdateSchema.parse({ id: premise.id, buildingId: building.id, type: "flat", number: "10" }));
    expect(await keyOf(premise.id)).toContain("0000000010");
    expect(await staleKeys()).toEqual([]);
  });

  it("is set by the Excel import's bulk SQL", async () => {
    const check = expectReady(
      await previewImport(org.director, {
        kind: "registry_xlsx",
        file: await registryXlsx([10, 2, 1].map((n) => ({ building: org.address, premiseType: "квартира", number: String(n) }))),
        buildingId: null,
      }),
    );
    await commitImport(org.director, { importId: check.importId });
    expect(await staleKeys()).toEqual([]);
    expect(await numbersInOrder(org.buildingId)).toEqual(["flat:1", "flat:2", "flat:10"]);
  });

  it("is set by the REST API's upsert", async () => {
    const key = await keyFor(org, ["premises:write", "read"]);
    const { status } = await post(postPremises, key, {
      items: [
        { externalId: "SK-P1", buildingId: org.buildingId, type: "parking", number: "3" },
        { externalId: "SK-S1", buildingId: org.buildingId, type: "storeroom", number: "1" },
        { externalId: "SK-F11", buildingId: org.buildingId, type: "flat", number: "11" },
      ],
    });
    expect(status).toBe(200);
    expect(await staleKeys()).toEqual([]);
    // Types apart — flats, then parking, then storerooms — each in natural order.
    expect(await numbersInOrder(org.buildingId)).toEqual(["flat:1", "flat:2", "flat:10", "flat:11", "parking:3", "storeroom:1"]);
  });

  it("follows a correction of the building's address", async () => {
    const building = await makeBuilding(org, "ул. Ббб", "1");
    const premise = await makePremise(org.director, building.id, { number: "1" });
    await updateBuilding(org.director, buildingUpdateSchema.parse({ id: building.id, city: "Казань", street: "ул. Ааа", house: "1" }));
    expect(await keyOf(premise.id)).toContain("ул. ааа");
    expect(await staleKeys()).toEqual([]);
    const all = await t.db.select({ id: premises.id }).from(premises).where(eq(premises.orgId, org.orgId)).orderBy(asc(premises.sortKey));
    expect(all[0]?.id).toBe(premise.id);
  });
});
