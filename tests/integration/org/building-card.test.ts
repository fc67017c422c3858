import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { buildingUpdateSchema } from "@/lib/org/building-schema";
import { getBuilding } from "@/lib/org/get-building";
import { listBuildings } from "@/lib/org/list-buildings";
import { updateBuilding } from "@/lib/org/update-building";
import { listBuildingPremises } from "@/lib/registry/premises/list-building-premises";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeAccount, makeBuilding, makePremise, scopedEmployee } from "../registry/premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;
let otherId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  buildingId = (await makeBuilding(a, "ул. Паспортная", "1")).id;
  otherId = (await makeBuilding(a, "ул. Соседняя", "2")).id;
  const d = a.director;
  for (const [number, entrance] of [["10", "2"], ["2", "1"], ["1", "1"], ["11", "2"]] as const) await makePremise(d, buildingId, { number, entrance });
  await makePremise(d, buildingId, { type: "parking", number: "3" });
  await makePremise(d, buildingId, { type: "storeroom", number: "1", entrance: "1" });
  const flat = await makePremise(d, otherId, { number: "5" });
  await makeAccount(d, flat.id, "500");
});
afterAll(async () => t?.close());

describe("the building card", () => {
  it("lists the premises by type (flats, parking, storerooms) and by entrance, numbers in natural order", async () => {
    const { total, groups } = await listBuildingPremises(a.director, buildingId);
    expect(total).toBe(6);
    expect(groups.map((g) => [g.type, g.count, g.byEntrance.map((e) => `${e.entrance}: ${e.premises.map((p) => p.number).join(",")}`)])).toEqual([
      ["flat", 4, ["1: 1,2", "2: 10,11"]],
      ["parking", 1, [": 3"]],
      ["storeroom", 1, ["1: 1"]],
    ]);
  });

  it("refuses another organisation with 404 and a building outside the employee's scope with 403", async () => {
    await expect(listBuildingPremises(b.director, buildingId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const scoped = await scopedEmployee(t.db, a, [otherId]);
    await expect(listBuildingPremises(scoped, buildingId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getBuilding(scoped, buildingId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getBuilding(b.director, buildingId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("saves the passport and audits the change", async () => {
    const input = { id: buildingId, city: "Казань", street: "ул. Паспортная", house: "1", yearBuilt: "1985", floors: "9", entrances: "2", totalArea: "5 000,5", cadastralNumber: "16:50:0100001:77", managementStartDate: "2020-01-01" };
    await updateBuilding(a.director, buildingUpdateSchema.parse(input));
    expect(await getBuilding(a.director, buildingId)).toMatchObject({ yearBuilt: 1985, floors: 9, entrances: 2, totalArea: "5000.50", cadastralNumber: "16:50:0100001:77", managementStartDate: "2020-01-01" });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, buildingId)).orderBy(auditLog.createdAt).limit(1).offset(1);
    expect(audit).toMatchObject({ action: "building.updated", after: expect.objectContaining({ yearBuilt: 1985 }) });
  });
});

describe("the buildings list", () => {
  it("counts each building's active premises and accounts", async () => {
    const rows = (await listBuildings(a.director, parseListParams({}))).rows.map((r) => [r.street, r.premiseCount, r.accountCount]);
    expect(rows).toEqual([
      ["ул. Паспортная", 6, 0],
      ["ул. Соседняя", 1, 1],
    ]);
  });
});
