import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAccounts, POST as postAccounts } from "@/app/api/v1/accounts/route";
import { GET as getPremises, POST as postPremises } from "@/app/api/v1/premises/route";
import { buildings, personalAccounts, premises } from "@/db/schema";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { seedTenantData, type TenantData } from "@/tests/support/tenant-data";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { get, keyFor, post, useDbForRoutes } from "./api-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let aData: TenantData;
let bData: TenantData;
let aKey: string;
let bKey: string;

beforeAll(async () => {
  t = await createTestDb();
  useDbForRoutes(t.db);
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  aData = await seedTenantData(t.db, a, "Альфа");
  bData = await seedTenantData(t.db, b, "Бета");
  await t.db.update(buildings).set({ externalId: "B-1" }).where(eq(buildings.id, aData.building.id));
  aKey = await keyFor(a, ["premises:write", "accounts:write", "read"]);
  bKey = await keyFor(b, ["premises:write", "accounts:write", "read"]);
});
afterAll(async () => {
  useDbForRoutes(undefined);
  await t?.close();
});

const premiseCount = async (orgId: string) => (await t.db.select({ n: count() }).from(premises).where(eq(premises.orgId, orgId)))[0]!.n;
const premiseByExt = async (externalId: string) => (await t.db.select().from(premises).where(eq(premises.externalId, externalId)))[0];

describe("POST /api/v1/premises", () => {
  it("upserts by external id, with the building by its external id or id", async () => {
    const { status, json } = await post(postPremises, aKey, {
      items: [
        { externalId: "P-10", buildingExternalId: "B-1", type: "flat", number: "10", totalArea: "54,3", entrance: "1", floor: "2", note: "Ключи у консьержа" },
        { externalId: "P-M1", buildingId: aData.building.id, type: "parking", number: "М1", entrance: "1" },
      ],
    });
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.summary).toEqual({ created: 2, updated: 0, merged: 0, linked: 0, unchanged: 0 });
    expect(await premiseByExt("P-10")).toMatchObject({ number: "10", totalArea: "54.30", entrance: "1", note: "Ключи у консьержа" });
    // A parking space has no entrance: the staff form's rules apply to the API too.
    expect((await premiseByExt("P-M1"))?.entrance).toBeNull();
    expect((await premiseByExt("P-10"))?.searchText).toContain("кв. 10");
  });

  it("keeps stored values of fields an item leaves out, and is idempotent", async () => {
    const { json } = await post(postPremises, aKey, { items: [{ externalId: "P-10", buildingExternalId: "B-1", type: "flat", number: "10", totalArea: 55 }] });
    expect(json.items).toEqual([{ index: 0, externalId: "P-10", id: (await premiseByExt("P-10"))!.id, outcome: "updated" }]);
    const again = await post(postPremises, aKey, { items: [{ externalId: "P-10", buildingExternalId: "B-1", totalArea: "55.00" }] });
    expect(again.json.items).toEqual([expect.objectContaining({ outcome: "unchanged" })]);
    expect(await premiseByExt("P-10")).toMatchObject({ totalArea: "55.00", note: "Ключи у консьержа", entrance: "1" });
  });

  it("adopts a premise staff entered by hand instead of duplicating it", async () => {
    const [manual] = await t.db
      .insert(premises)
      .values({ orgId: a.orgId, buildingId: aData.building.id, type: "flat", number: "11", searchText: "11" })
      .returning();
    const { json } = await post(postPremises, aKey, { items: [{ externalId: "P-11", buildingExternalId: "B-1", type: "flat", number: "11" }] });
    expect(json.items).toEqual([{ index: 0, externalId: "P-11", id: manual!.id, outcome: "linked" }]);
    expect((await premiseByExt("P-11"))?.id).toBe(manual!.id);
  });

  it("reports every bad item and writes nothing", async () => {
    const before = await premiseCount(a.orgId);
    const { status, json } = await post(postPremises, aKey, {
      items: [
        { externalId: "P-NEW", buildingExternalId: "B-1", type: "flat", number: "12" },
        { externalId: "P-X", buildingExternalId: "NO-SUCH", type: "flat", number: "13" },
        { externalId: "P-Y", buildingExternalId: "B-1", type: "castle", number: "14" },
        { externalId: "P-Z", buildingExternalId: "B-1", type: "flat", number: "15", totalArea: 30, livingArea: 40 },
        { buildingExternalId: "B-1", type: "flat", number: "16" },
      ],
    });
    expect(status).toBe(422);
    const errors = json.errors as { index: number; field: string; message: string }[];
    expect(errors.map((e) => [e.index, e.field])).toEqual([
      [1, "buildingExternalId"],
      [2, "type"],
      [3, "livingArea"],
      [4, "externalId"],
    ]);
    expect(errors[0]!.message).toBe("Объект с внешним идентификатором «NO-SUCH» не найден");
    expect(errors[3]!.message).toBe("Обязательное поле");
    expect(await premiseCount(a.orgId)).toBe(before);
  });

  it("refuses a building of another organisation by id, and B's key never reaches A's premises", async () => {
    const aBefore = await premiseCount(a.orgId);
    const { status, json } = await post(postPremises, bKey, { items: [{ externalId: "P-10", buildingId: aData.building.id, type: "flat", number: "99" }] });
    expect(status).toBe(422);
    expect(JSON.stringify(json)).toContain("Объект не найден");
    expect((await get(getPremises, bKey, "?externalId=P-10&total=true")).json).toMatchObject({ items: [], total: 0 });
    const own = await post(postPremises, bKey, { items: [{ externalId: "P-10", buildingId: bData.building.id, type: "flat", number: "10" }] });
    expect(own.json.summary).toMatchObject({ created: 1 });
    expect(await premiseCount(a.orgId)).toBe(aBefore);
    expect((await premiseByExtIn(a.orgId, "P-10"))?.number).toBe("10");
  });
});

const premiseByExtIn = async (orgId: string, externalId: string) =>
  (await t.db.select().from(premises).where(and(eq(premises.orgId, orgId), eq(premises.externalId, externalId))))[0];
const accountByExt = async (orgId: string, externalId: string) =>
  (await t.db.select().from(personalAccounts).where(and(eq(personalAccounts.orgId, orgId), eq(personalAccounts.externalId, externalId))))[0];

describe("POST /api/v1/accounts", () => {
  it("creates accounts on premises by external id, with the legal entity by ИНН", async () => {
    const { status, json } = await post(postAccounts, aKey, {
      items: [{ externalId: "LS-1", premiseExternalId: "P-10", number: "100200300", els: "12ab345678", legalEntityInn: "7707083893" }],
    });
    expect(status, JSON.stringify(json)).toBe(200);
    const account = await accountByExt(a.orgId, "LS-1");
    expect(account).toMatchObject({ number: "100200300", els: "12AB345678", legalEntityId: aData.legalEntity.id });
    expect(account?.premiseId).toBe((await premiseByExtIn(a.orgId, "P-10"))?.id);
    const listed = await get(getAccounts, aKey, "?externalId=LS-1");
    expect(listed.json.items).toEqual([expect.objectContaining({ number: "100200300", premiseExternalId: "P-10", legalEntityInn: "7707083893" })]);
  });

  it("updates without repeating the premise, keeps what was not sent, and refuses to move an account", async () => {
    expect((await post(postAccounts, aKey, { items: [{ externalId: "LS-1", number: "100200301" }] })).json.items).toEqual([expect.objectContaining({ outcome: "updated" })]);
    expect(await accountByExt(a.orgId, "LS-1")).toMatchObject({ number: "100200301", legalEntityId: aData.legalEntity.id });
    const moved = await post(postAccounts, aKey, { items: [{ externalId: "LS-1", premiseExternalId: "P-11", number: "100200301" }] });
    expect(moved.status).toBe(422);
    expect(JSON.stringify(moved.json)).toContain("перенести его через API нельзя");
  });

  it("refuses a number another account has, with the registry's message, and rolls back", async () => {
    const { status, json } = await post(postAccounts, aKey, {
      items: [
        { externalId: "LS-2", premiseExternalId: "P-11", number: "555" },
        { externalId: "LS-3", premiseExternalId: "P-11", number: "100200301" },
      ],
    });
    expect(status).toBe(422);
    expect(json.errors).toEqual([{ index: 1, externalId: "LS-3", field: "number", message: "Лицевой счёт № 100200301 уже существует" }]);
    expect(await accountByExt(a.orgId, "LS-2")).toBeUndefined();
  });

  it("does not let B attach accounts to A's premises", async () => {
    const { status, json } = await post(postAccounts, bKey, { items: [{ externalId: "LS-B", premiseExternalId: "P-11", number: "777" }] });
    expect(status).toBe(422);
    expect(JSON.stringify(json)).toContain("Помещение с внешним идентификатором «P-11» не найдено");
  });
});
