import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeBuildings } from "@/db/schema";
import { employeeBuildingsSchema } from "@/lib/access/employee-schema";
import { getEmployee } from "@/lib/access/get-employee";
import { setEmployeeBuildings } from "@/lib/access/set-employee-buildings";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { listBuildings } from "@/lib/org/list-buildings";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, contextFor, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
const ids: Record<string, string> = {};

const addresses = async (employeeId: string) =>
  (await listBuildings(await contextFor(t.db, employeeId), parseListParams({}))).rows.map((r) => r.street).sort();

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  for (const [org, street] of [[a, "ул. Ленина"], [a, "ул. Мира"], [b, "ул. Чужая"]] as const) {
    ids[street] = (await createBuilding(org.director, buildingSchema.parse({ city: "Москва", street, house: "1" }))).id;
  }
});
afterAll(async () => t?.close());

describe("building access", () => {
  it("limits what the employee sees to the chosen buildings, and «все объекты» lifts the limit", async () => {
    const staff = await addEmployee(t.db, a, { email: "scoped@test.local", preset: "dispatcher" });
    expect(await addresses(staff.id)).toEqual(["ул. Ленина", "ул. Мира"]);

    await setEmployeeBuildings(a.director, employeeBuildingsSchema.parse({ id: staff.id, allBuildings: false, buildingIds: [ids["ул. Мира"]] }));
    expect(await addresses(staff.id)).toEqual(["ул. Мира"]);
    expect(await getEmployee(a.director, staff.id)).toMatchObject({ allBuildings: false, buildingIds: [ids["ул. Мира"]] });

    await setEmployeeBuildings(a.director, employeeBuildingsSchema.parse({ id: staff.id, allBuildings: true, buildingIds: [ids["ул. Мира"]] }));
    expect(await addresses(staff.id)).toEqual(["ул. Ленина", "ул. Мира"]);
    expect(await t.db.select().from(employeeBuildings).where(eq(employeeBuildings.employeeId, staff.id))).toEqual([]);
  });

  it("asks for at least one building when access is limited", () => {
    const result = employeeBuildingsSchema.safeParse({ id: a.directorId, allBuildings: false, buildingIds: [] });
    expect(result.error?.issues[0]).toMatchObject({ path: ["buildingIds"] });
  });

  it("refuses another organisation's building and keeps the previous access", async () => {
    const staff = await addEmployee(t.db, a, { email: "scoped2@test.local", preset: "dispatcher" });
    await setEmployeeBuildings(a.director, employeeBuildingsSchema.parse({ id: staff.id, allBuildings: false, buildingIds: [ids["ул. Ленина"]] }));
    const attempt = employeeBuildingsSchema.parse({ id: staff.id, allBuildings: false, buildingIds: [ids["ул. Ленина"], ids["ул. Чужая"]] });
    await expect(setEmployeeBuildings(a.director, attempt)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Объект не найден" });
    expect(await addresses(staff.id)).toEqual(["ул. Ленина"]);
  });

  it("is granted only by someone who sees every building", async () => {
    const manager = await addEmployee(t.db, a, { email: "scoped-manager@test.local", permissions: ["access.employees.manage"], allBuildings: false });
    const staff = await addEmployee(t.db, a, { email: "scoped3@test.local", preset: "executor" });
    const attempt = employeeBuildingsSchema.parse({ id: staff.id, allBuildings: true, buildingIds: [] });
    await expect(setEmployeeBuildings(manager.ctx, attempt)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("cannot be changed for another organisation's employee", async () => {
    const attempt = employeeBuildingsSchema.parse({ id: a.directorId, allBuildings: false, buildingIds: [ids["ул. Чужая"]] });
    await expect(setEmployeeBuildings(b.director, attempt)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await addresses(a.directorId)).toEqual(["ул. Ленина", "ул. Мира"]);
  });
});
