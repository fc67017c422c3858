import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, premises } from "@/db/schema";
import { getPremise } from "@/lib/registry/premises/get-premise";
import { premiseSchema, premiseUpdateSchema } from "@/lib/registry/premises/premise-schema";
import { updatePremise } from "@/lib/registry/premises/update-premise";
import { setBuildingArchived } from "@/lib/org/set-building-archived";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeBuilding, makePremise, scopedEmployee } from "./premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  buildingId = (await makeBuilding(a, "ул. Новая", "10")).id;
});
afterAll(async () => t?.close());

describe("creating and editing premises", () => {
  it("creates a flat with areas, rooms, tags and a search text of its full address", async () => {
    const premise = await makePremise(a.director, buildingId, {
      number: "15",
      entrance: "2",
      floor: "4",
      totalArea: "54,3",
      livingArea: "32.10",
      rooms: "2",
      note: "Ключи у консьержа",
      tags: ["Угловая", "угловая", " Вид на парк "],
    });
    expect(premise).toMatchObject({ totalArea: "54.30", livingArea: "32.10", rooms: 2, searchText: "казань, ул. новая, д. 10, кв. 15" });
    const card = await getPremise(a.director, premise.id);
    expect(card).toMatchObject({ address: "Казань, ул. Новая, д. 10, кв. 15", tags: ["Вид на парк", "Угловая"], note: "Ключи у консьержа" });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, premise.id));
    expect(audit?.action).toBe("premise.created");
  });

  it("keeps only the fields the type has", async () => {
    const parking = await makePremise(a.director, buildingId, { type: "parking", number: "P-1", entrance: "3", rooms: "2", livingArea: "10", floor: "-1" });
    expect(parking).toMatchObject({ entrance: null, rooms: null, livingArea: null, floor: "-1" });
  });

  it("validates areas: two decimals, living not above total", () => {
    const base = { buildingId, type: "flat", number: "1" };
    expect(premiseSchema.safeParse({ ...base, totalArea: "40", livingArea: "41" }).error?.issues[0]).toMatchObject({
      path: ["livingArea"],
      message: "Жилая площадь не может быть больше общей",
    });
    expect(premiseSchema.safeParse({ ...base, totalArea: "40.123" }).error?.issues[0]?.path).toEqual(["totalArea"]);
    expect(premiseSchema.safeParse({ ...base, totalArea: "-5" }).success).toBe(false);
  });

  it("keeps the registered residents billing by norm multiplies by, and refuses a count that is not whole", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "40", registeredResidents: "3" });
    expect(premise.registeredResidents).toBe(3);
    const after = await updatePremise(a.director, premiseUpdateSchema.parse({ id: premise.id, buildingId, type: "flat", number: "40", registeredResidents: "0" }));
    expect(after.registeredResidents).toBe(0);
    expect(premiseSchema.safeParse({ buildingId, type: "flat", number: "41", registeredResidents: "2,5" }).error?.issues[0]).toMatchObject({
      path: ["registeredResidents"],
      message: "Зарегистрировано: целое число от 0 до 100",
    });
  });

  it("refuses a second premise with the same type and number in the building", async () => {
    await makePremise(a.director, buildingId, { number: "20" });
    await expect(makePremise(a.director, buildingId, { number: "20" })).rejects.toThrow("Помещение кв. 20 уже есть в этом объекте");
    await expect(makePremise(a.director, buildingId, { number: "20", type: "storeroom" })).resolves.toMatchObject({ type: "storeroom" });
  });

  it("treats «01» and «1», «12 А» and «12а» as one number, in the form and in the database", async () => {
    await makePremise(a.director, buildingId, { number: "1" });
    await expect(makePremise(a.director, buildingId, { number: "01" })).rejects.toThrow("«01» и «1» — один номер");
    await makePremise(a.director, buildingId, { number: "12а" });
    await expect(makePremise(a.director, buildingId, { number: "12 А" })).rejects.toThrow("Помещение кв. 12 А уже есть в этом объекте");
    // 10 and 1 stay two flats: only leading zeros are dropped.
    await expect(makePremise(a.director, buildingId, { number: "10" })).resolves.toMatchObject({ number: "10", numberKey: "10" });
  });

  it("updates fields and tags, rewriting the search text when the building changes", async () => {
    const other = await makeBuilding(a, "ул. Старая", "3");
    const premise = await makePremise(a.director, buildingId, { number: "30", tags: ["Старый"] });
    const after = await updatePremise(a.director, premiseUpdateSchema.parse({ id: premise.id, buildingId: other.id, type: "flat", number: "31", totalArea: "70", tags: ["Новый"] }));
    expect(after).toMatchObject({ buildingId: other.id, number: "31", totalArea: "70.00", searchText: "казань, ул. старая, д. 3, кв. 31" });
    expect((await getPremise(a.director, premise.id)).tags).toEqual(["Новый"]);
  });

  it("refuses a building of another organisation, outside the employee's scope, or archived", async () => {
    const bBuilding = await makeBuilding(b, "ул. Бетная", "1");
    await expect(makePremise(a.director, bBuilding.id)).rejects.toThrow("Объект не найден");
    const scoped = await scopedEmployee(t.db, a, []);
    await expect(makePremise(scoped, buildingId, { number: "40" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      fieldErrors: { buildingId: [expect.stringContaining("не входит в ваши объекты")] },
    });
    const old = await makeBuilding(a, "ул. Снесённая", "1");
    await setBuildingArchived(a.director, { id: old.id, archived: true });
    await expect(makePremise(a.director, old.id)).rejects.toThrow("Объект не найден");
    const premise = await makePremise(a.director, buildingId, { number: "41" });
    await expect(updatePremise(b.director, premiseUpdateSchema.parse({ id: premise.id, buildingId: bBuilding.id, type: "flat", number: "41" }))).rejects.toThrow(
      "Помещение не найдено",
    );
    const [row] = await t.db.select().from(premises).where(eq(premises.id, premise.id));
    expect(row?.buildingId).toBe(buildingId);
    await expect(getPremise(scoped, premise.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getPremise(b.director, premise.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Помещение не найдено" });
  });
});
