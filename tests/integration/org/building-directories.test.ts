import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildingSchema } from "@/lib/org/building-schema";
import { deleteDirectoryEntry, listDirectory, saveDirectoryEntry } from "@/lib/org/building-directories";
import { createBuilding } from "@/lib/org/create-building";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
});
afterAll(async () => t?.close());

describe("groups and quarters page services", () => {
  it("list entries with their building counts, renamed in place", async () => {
    const north = await saveDirectoryEntry(a.director, { kind: "group", name: "Север" });
    await saveDirectoryEntry(a.director, { kind: "group", name: "Юг" });
    await createBuilding(a.director, buildingSchema.parse({ city: "Москва", street: "ул. Северная", house: "1", groupId: north.id }));
    await saveDirectoryEntry(a.director, { kind: "group", id: north.id, name: "Северный район" });
    expect(await listDirectory(a.director, "group")).toEqual([
      { id: north.id, name: "Северный район", buildings: 1 },
      { id: expect.any(String), name: "Юг", buildings: 0 },
    ]);
    expect(await listDirectory(b.director, "group")).toEqual([]);
  });

  it("refuse a duplicate name and deleting an entry that still holds buildings", async () => {
    await expect(saveDirectoryEntry(a.director, { kind: "group", name: "Юг" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: ["Такое название уже есть"] },
    });
    const [north, south] = await listDirectory(a.director, "group");
    await expect(deleteDirectoryEntry(a.director, { kind: "group", id: north?.id ?? "" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Группа объектов «Северный район» содержит объекты (1); сначала перенесите их",
    });
    await deleteDirectoryEntry(a.director, { kind: "group", id: south?.id ?? "" });
    expect((await listDirectory(a.director, "group")).map((g) => g.name)).toEqual(["Северный район"]);
  });

  it("cannot touch another organisation's entries or be changed by a viewer", async () => {
    const [north] = await listDirectory(a.director, "group");
    const id = north?.id ?? "";
    await expect(saveDirectoryEntry(b.director, { kind: "group", id, name: "Чужое" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteDirectoryEntry(b.director, { kind: "group", id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const viewer = await addEmployee(t.db, a, { email: "viewer@alfa.test", permissions: ["settings.view"] });
    await expect(saveDirectoryEntry(viewer.ctx, { kind: "quarter", name: "Квартал 1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listDirectory(a.director, "group"))[0]?.name).toBe("Северный район");
  });
});
