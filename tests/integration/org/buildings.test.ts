import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeBuildings } from "@/db/schema";
import { buildingSchema, buildingUpdateSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { getBuilding } from "@/lib/org/get-building";
import { listBuildings } from "@/lib/org/list-buildings";
import { setBuildingArchived } from "@/lib/org/set-building-archived";
import { updateBuilding } from "@/lib/org/update-building";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, contextFor, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Дома");
});
afterAll(() => t.close());

const create = (street: string, house: string, extra: Record<string, string> = {}) =>
  createBuilding(org.director, buildingSchema.parse({ city: "Тула", street, house, ...extra }));

describe("buildings", () => {
  it("formats the address as on documents and finds it by a fragment", async () => {
    const b = await create("ул. Мира", "3", { block: "1", structure: "2" });
    expect(b.address).toBe("Тула, ул. Мира, д. 3 корп. 1 стр. 2");
    const found = await listBuildings(org.director, parseListParams({ q: "мира" }));
    expect(found.rows.map((r) => r.id)).toContain(b.id);
  });

  it("refuses a second active building with the same address, also when renaming", async () => {
    await create("ул. Садовая", "10");
    await expect(create("ул. садовая", "10")).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await create("ул. Садовая", "12");
    await expect(
      updateBuilding(org.director, buildingUpdateSchema.parse({ id: other.id, city: "Тула", street: "ул. Садовая", house: "10" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("archives and restores, and archived buildings leave the default list", async () => {
    const b = await create("ул. Архивная", "1");
    await setBuildingArchived(org.director, { id: b.id, archived: true });
    expect((await listBuildings(org.director, parseListParams({ q: "Архивная" }))).total.count).toBe(0);
    expect((await listBuildings(org.director, parseListParams({ q: "Архивная" }), { status: "archived" })).total.count).toBe(1);
    await setBuildingArchived(org.director, { id: b.id, archived: false });
    expect((await listBuildings(org.director, parseListParams({ q: "Архивная" }))).total.count).toBe(1);
  });

  it("shows an employee limited to some buildings only those, and refuses edits elsewhere", async () => {
    const mine = await create("ул. Своя", "1");
    const foreign = await create("ул. Чужая", "1");
    const limited = await addEmployee(t.db, org, { email: "limited-buildings@test.local", permissions: ["settings.manage"], allBuildings: false });
    await t.db.insert(employeeBuildings).values({ employeeId: limited.id, buildingId: mine.id, orgId: org.orgId });
    const ctx = await contextFor(t.db, limited.id);
    const ids = (await listBuildings(ctx, parseListParams({}))).rows.map((r) => r.id);
    expect(ids).toEqual([mine.id]);
    await expect(setBuildingArchived(ctx, { id: foreign.id, archived: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getBuilding(ctx, foreign.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getBuilding(ctx, crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
