import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, clientPhoneHistory, clients, premiseClients } from "@/db/schema";
import { addClientExternalId } from "@/lib/registry/clients/add-client-external-id";
import { assertClientActive } from "@/lib/registry/clients/assert-client-active";
import { clientSchema, clientUpdateSchema } from "@/lib/registry/clients/client-schema";
import { createClient } from "@/lib/registry/clients/create-client";
import { getClient } from "@/lib/registry/clients/get-client";
import { removeClientExternalId } from "@/lib/registry/clients/remove-client-external-id";
import { setClientArchived } from "@/lib/registry/clients/set-client-archived";
import { updateClient } from "@/lib/registry/clients/update-client";
import { updateClientExternalId } from "@/lib/registry/clients/update-client-external-id";
import { updateClientIdentifiers } from "@/lib/registry/clients/update-client-identifiers";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { addLink, addPremise } from "@/tests/support/resident-fixtures";
import { seedTenantData, type TenantData } from "@/tests/support/tenant-data";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { validInn } from "@/tests/support/valid-inn";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let aData: TenantData;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  aData = await seedTenantData(t.db, a, "Альфа");
});
afterAll(async () => t?.close());

const create = (input: Record<string, unknown>, org = a) => createClient(org.director, clientSchema.parse(input));
const edit = async (id: string, changes: Record<string, unknown>, ctx = a.director) => {
  const c = await getClient(a.director, id);
  const base = { id, type: c.type, lastName: c.lastName, firstName: c.firstName, middleName: c.middleName, phone: c.phone, email: c.email, tags: c.tags };
  return updateClient(ctx, clientUpdateSchema.parse({ ...base, ...changes }));
};

describe("client card", () => {
  it("creates a client with an external id, tags and search text, and audits it", async () => {
    const client = await create({ lastName: "Смирнова", firstName: "Анна", phone: "+7 912 111-11-11", externalId: "1C-001", tags: ["vip", "VIP", "совет дома"] });
    const card = await getClient(a.director, client.id);
    expect(card).toMatchObject({ phone: "+79121111111", searchText: "смирнова анна 79121111111", tags: ["vip", "совет дома"] });
    expect(card.externalIds).toEqual([expect.objectContaining({ externalId: "1C-001", note: null })]);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, client.id), eq(auditLog.action, "client.created")));
    expect(audit?.actorName).toBeTruthy();
  });

  it("refuses a phone another active client of the organisation has, naming that client", async () => {
    await create({ lastName: "Первый", firstName: "Пётр", phone: "+79121111112" });
    await expect(create({ lastName: "Второй", phone: "8 912 111 11 12" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Телефон уже используется другим клиентом: Первый Пётр",
      fieldErrors: { phone: ["Телефон уже используется другим клиентом: Первый Пётр"] },
    });
    // Another organisation may have the same person.
    await expect(create({ lastName: "Второй", phone: "+79121111112" }, b)).resolves.toBeDefined();
  });

  it("records every phone a client has had", async () => {
    const client = await create({ lastName: "Менялов", phone: "+79121111113" });
    await edit(client.id, { phone: "+79121111114" });
    const history = await t.db.select({ phone: clientPhoneHistory.phone }).from(clientPhoneHistory).where(eq(clientPhoneHistory.clientId, client.id));
    expect(history.map((h) => h.phone).sort()).toEqual(["+79121111113", "+79121111114"]);
    expect((await getClient(a.director, client.id)).searchText).toContain("79121111114");
  });

  it("blocks and unblocks: a blocked client cannot act in the cabinet", async () => {
    const client = await create({ lastName: "Блоков", phone: "+79121111115" });
    const ctx = { db: t.db, orgId: a.orgId, clientId: client.id };
    await expect(assertClientActive(ctx)).resolves.toBeUndefined();
    await edit(client.id, { status: "blocked" });
    const blockedAt = (await getClient(a.director, client.id)).blockedAt;
    expect(blockedAt).not.toBeNull();
    await expect(assertClientActive(ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await edit(client.id, { status: "blocked", note: "Долг" });
    expect((await getClient(a.director, client.id)).blockedAt).toEqual(blockedAt);
    await edit(client.id, { status: "active" });
    await expect(assertClientActive(ctx)).resolves.toBeUndefined();
    await expect(assertClientActive({ ...ctx, orgId: b.orgId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("saves ИНН and СНИЛС separately", async () => {
    const client = await create({ lastName: "Налогов" });
    await updateClientIdentifiers(a.director, { id: client.id, inn: "500100732259", kpp: null, ogrn: null, snils: "11223344595" });
    expect(await getClient(a.director, client.id)).toMatchObject({ inn: "500100732259", snils: "11223344595", lastName: "Налогов" });
  });

  it("a company has ИНН, КПП, ОГРН, a legal address and a contact person, not a passport", async () => {
    const company = await create({
      type: "legal_entity",
      lastName: "ООО «Ромашка»",
      inn: validInn(7),
      kpp: "773601001",
      ogrn: "1027700132195",
      registrationAddress: "Москва, ул. Тверская, д. 1",
      contactPerson: "Петрова Анна, бухгалтер",
      passport: "4510 123456",
      gender: "female",
    });
    expect(await getClient(a.director, company.id)).toMatchObject({
      kpp: "773601001",
      ogrn: "1027700132195",
      contactPerson: "Петрова Анна, бухгалтер",
      passport: null,
      gender: null,
    });
    // The «Прочее» tab checks the requisites against the stored type: a person has no КПП, a company no 12-digit ИНН.
    await expect(updateClientIdentifiers(a.director, { id: company.id, inn: "500100732259", kpp: null, ogrn: null, snils: null })).rejects.toThrow(
      "ИНН организации содержит 10 цифр",
    );
    const person = await create({ lastName: "Личный" });
    await expect(updateClientIdentifiers(a.director, { id: person.id, inn: null, kpp: "773601001", ogrn: null, snils: null })).rejects.toThrow("КПП есть только у организаций");
  });

  it("keeps several external ids with notes, unique within the organisation", async () => {
    const client = await create({ lastName: "Внешний" });
    const first = await addClientExternalId(a.director, { clientId: client.id, externalId: "1C-777", note: "1С:УК" });
    await addClientExternalId(a.director, { clientId: client.id, externalId: "ERP-1", note: null });
    const other = await create({ lastName: "Другой", firstName: "Дмитрий" });
    await expect(addClientExternalId(a.director, { clientId: other.id, externalId: "1C-777", note: null })).rejects.toThrow(
      "Внешний идентификатор «1C-777» уже используется клиентом: Внешний",
    );
    await updateClientExternalId(a.director, { id: first.id, externalId: "1C-778", note: "1С:УК, новый код" });
    await expect(addClientExternalId(b.director, { clientId: client.id, externalId: "X", note: null })).rejects.toThrow("Клиент не найден");
    await expect(removeClientExternalId(b.director, { id: first.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeClientExternalId(a.director, { id: first.id });
    expect((await getClient(a.director, client.id)).externalIds.map((e) => e.externalId)).toEqual(["ERP-1"]);
  });

  it("archives with the premise links ended, and restores only while the phone is free", async () => {
    const client = await create({ lastName: "Архивов", phone: "+79121111116" });
    const premise = await addPremise(t.db, a.orgId, aData.building.id, "501");
    await addLink(t.db, { orgId: a.orgId, premiseId: premise.id, clientId: client.id });
    await setClientArchived(a.director, { id: client.id, archived: true });
    const links = await t.db.select().from(premiseClients).where(and(eq(premiseClients.clientId, client.id), isNull(premiseClients.removedAt)));
    expect(links).toEqual([]);
    await expect(assertClientActive({ db: t.db, orgId: a.orgId, clientId: client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const successor = await create({ lastName: "Преемник", phone: "+79121111116" });
    await expect(setClientArchived(a.director, { id: client.id, archived: false })).rejects.toThrow("Телефон уже используется другим клиентом: Преемник");
    await setClientArchived(a.director, { id: successor.id, archived: true });
    await setClientArchived(a.director, { id: client.id, archived: false });
    const [row] = await t.db.select().from(clients).where(eq(clients.id, client.id));
    expect(row?.archivedAt).toBeNull();
  });

  it("needs «Клиенты: редактирование» and hides other organisations' and other buildings' clients", async () => {
    const client = await create({ lastName: "Скрытов", phone: "+79121111117" });
    const viewer = await addEmployee(t.db, a, { email: "viewer@test.local", permissions: ["registry.clients.view"] });
    await expect(getClient(viewer.ctx, client.id)).resolves.toBeDefined();
    await expect(edit(client.id, { note: "x" }, viewer.ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getClient(b.director, client.id)).rejects.toThrow("Клиент не найден");
    await expect(edit(client.id, { note: "x" }, b.director)).rejects.toThrow("Клиент не найден");

    const premise = await addPremise(t.db, a.orgId, aData.building.id, "502");
    await addLink(t.db, { orgId: a.orgId, premiseId: premise.id, clientId: client.id });
    const elsewhere = await addEmployee(t.db, a, { email: "no-buildings@test.local", permissions: ["registry.clients.view", "registry.clients.edit"], allBuildings: false });
    // Inside the organisation but only in buildings the employee does not see: 403, not «не найден».
    await expect(getClient(elsewhere.ctx, client.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const unlinked = await create({ lastName: "Беспомещенный" });
    await expect(getClient(elsewhere.ctx, unlinked.id)).resolves.toBeDefined();
  });
});
