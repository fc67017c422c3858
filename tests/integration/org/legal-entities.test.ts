import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { createLegalEntity } from "@/lib/org/create-legal-entity";
import { getLegalEntity } from "@/lib/org/get-legal-entity";
import { legalEntitySchema, legalEntityUpdateSchema, type LegalEntityInput } from "@/lib/org/legal-entity-schema";
import { listLegalEntities } from "@/lib/org/list-legal-entities";
import { setBuildingArchived } from "@/lib/org/set-building-archived";
import { setLegalEntityArchived } from "@/lib/org/set-legal-entity-archived";
import { updateLegalEntity } from "@/lib/org/update-legal-entity";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

const sber: LegalEntityInput = {
  name: "ПАО Сбербанк",
  inn: "7707083893",
  kpp: "773601001",
  ogrn: "1027700132195",
  address: "г. Москва, ул. Вавилова, д. 19",
  phone: "8 800 555-55-50",
  email: "",
};

const issues = (input: Partial<LegalEntityInput>) => {
  const result = legalEntitySchema.safeParse({ ...sber, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
});
afterAll(async () => t?.close());

describe("legal entity form", () => {
  it("checks ИНН, КПП and ОГРН/ОГРНИП check digits and that they fit together", () => {
    expect(issues({})).toEqual({});
    expect(issues({ inn: "7707083894" }).inn).toMatch(/контрольное число/);
    expect(issues({ ogrn: "1027700132194" }).ogrn).toBe("Неверный ОГРН: не сходится контрольное число");
    expect(issues({ ogrn: "12345" }).ogrn).toBe("ОГРН содержит 13 цифр, ОГРНИП — 15");
    expect(issues({ inn: "500100732259", kpp: "", ogrn: "304500116000157" })).toEqual({});
    expect(issues({ inn: "500100732259", kpp: "773601001", ogrn: "304500116000156" })).toEqual({
      kpp: "У индивидуального предпринимателя нет КПП",
      ogrn: "Неверный ОГРНИП: не сходится контрольное число",
    });
    expect(issues({ inn: "500100732259", kpp: "" }).ogrn).toBe("У индивидуального предпринимателя ОГРНИП из 15 цифр");
    expect(issues({ ogrn: "304500116000157" }).ogrn).toBe("У организации ОГРН из 13 цифр");
    // The edit form runs the same cross-checks.
    const edit = legalEntityUpdateSchema.safeParse({ ...sber, inn: "500100732259", id: "00000000-0000-4000-8000-000000000000" });
    expect(edit.error?.issues.map((i) => i.path.join("."))).toEqual(["kpp", "ogrn"]);
  });
});

describe("legal entities", () => {
  it("are created, found by name or ИНН, and edited", async () => {
    const entity = await createLegalEntity(a.director, legalEntitySchema.parse(sber));
    expect(entity).toMatchObject({ phone: "+78005555550", email: null });
    await createLegalEntity(a.director, legalEntitySchema.parse({ ...sber, name: "ООО «Яндекс»", inn: "7736207543", ogrn: "" }));
    const search = async (q: string) => (await listLegalEntities(a.director, parseListParams({ q }))).rows.map((r) => r.name);
    expect(await search("сбер")).toEqual(["ПАО Сбербанк"]);
    expect(await search("77362")).toEqual(["ООО «Яндекс»"]);
    expect((await listLegalEntities(a.director, parseListParams({}))).total.count).toBe(2);

    await updateLegalEntity(a.director, legalEntityUpdateSchema.parse({ ...sber, id: entity.id, name: "ПАО «Сбербанк России»" }));
    expect(await getLegalEntity(a.director, entity.id)).toMatchObject({ name: "ПАО «Сбербанк России»", bankAccounts: [] });
  });

  it("refuse a second entity with the same ИНН in the organisation, with the message next to the ИНН", async () => {
    await expect(createLegalEntity(a.director, legalEntitySchema.parse({ ...sber, name: "Дубль" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Юридическое лицо с ИНН 7707083893 уже есть в организации",
      fieldErrors: { inn: ["Юридическое лицо с таким ИНН уже добавлено"] },
    });
    const yandex = (await listLegalEntities(a.director, parseListParams({ q: "Яндекс" }))).rows[0];
    await expect(
      updateLegalEntity(a.director, legalEntityUpdateSchema.parse({ ...sber, id: yandex?.id })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // Another organisation may have an entity with the same ИНН.
    await expect(createLegalEntity(b.director, legalEntitySchema.parse(sber))).resolves.toMatchObject({ orgId: b.orgId });
  });

  it("are archived and restored, but not while they serve an active building", async () => {
    const [entity] = (await listLegalEntities(a.director, parseListParams({ q: "Сбербанк" }))).rows;
    const id = entity?.id ?? "";
    const building = await createBuilding(a.director, buildingSchema.parse({ city: "Москва", street: "ул. Вавилова", house: "19", legalEntityId: id }));
    await expect(setLegalEntityArchived(a.director, { id, archived: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("обслуживает объекты (1)"),
    });
    await createBuilding(a.director, buildingSchema.parse({ city: "Москва", street: "ул. Вавилова", house: "21" }));
    await setBuildingArchived(a.director, { id: building.id, archived: true });

    await setLegalEntityArchived(a.director, { id, archived: true });
    expect((await listLegalEntities(a.director, parseListParams({}))).rows.map((r) => r.id)).not.toContain(id);
    expect((await listLegalEntities(a.director, parseListParams({}), { status: "archived" })).rows.map((r) => r.id)).toEqual([id]);
    await expect(createLegalEntity(a.director, legalEntitySchema.parse({ ...sber, name: "Снова" }))).rejects.toMatchObject({
      message: expect.stringContaining("в архиве"),
    });
    await setLegalEntityArchived(a.director, { id, archived: false });
    expect((await getLegalEntity(a.director, id)).archivedAt).toBeNull();
  });

  it("of another organisation are neither visible nor changeable", async () => {
    const [entity] = (await listLegalEntities(a.director, parseListParams({ q: "Яндекс" }))).rows;
    const id = entity?.id ?? "";
    await expect(getLegalEntity(b.director, id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Юридическое лицо не найдено" });
    await expect(updateLegalEntity(b.director, legalEntityUpdateSchema.parse({ ...sber, inn: "7702070139", id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setLegalEntityArchived(b.director, { id, archived: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listLegalEntities(b.director, parseListParams({}))).rows.map((r) => r.name)).toEqual(["ПАО Сбербанк"]);
    expect((await getLegalEntity(a.director, id)).archivedAt).toBeNull();
  });
});
