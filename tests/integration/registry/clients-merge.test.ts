import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, clientExternalIds, clientPhoneHistory, clients, clientTags, premiseClients, premises, tags } from "@/db/schema";
import { createClient } from "@/lib/registry/clients/create-client";
import { clientSchema } from "@/lib/registry/clients/client-schema";
import { clientUpsertSchema } from "@/lib/registry/clients/client-upsert-schema";
import { PHONE_IN_OTHER_ORGANISATION, PHONE_OF_SIGNED_IN_CLIENT, upsertClientByExternalId } from "@/lib/registry/clients/merge-client";
import { updateClient } from "@/lib/registry/clients/update-client";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { seedTenantData, type TenantData } from "@/tests/support/tenant-data";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let aData: TenantData;
let phoneSeq = 100;
const nextPhone = () => `+7912${String(phoneSeq++).padStart(7, "0")}`;
let extSeq = 0;
const nextExt = () => `EXT-${extSeq++}`;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  aData = await seedTenantData(t.db, a, "Альфа");
});
afterAll(async () => t?.close());

const upsert = (input: Record<string, unknown>, org = a) => upsertClientByExternalId(org.director, clientUpsertSchema.parse(input));
const make = (input: Record<string, unknown>, org = a) => createClient(org.director, clientSchema.parse({ lastName: "Клиентов", ...input }));
const row = async (id: string) => (await t.db.select().from(clients).where(eq(clients.id, id)))[0]!;
const signIn = (id: string) => t.db.update(clients).set({ firstLoginAt: new Date() }).where(eq(clients.id, id));
const externalIdsOf = async (id: string) =>
  (await t.db.select({ e: clientExternalIds.externalId }).from(clientExternalIds).where(eq(clientExternalIds.clientId, id))).map((r) => r.e).sort();

describe("upsertClientByExternalId — seed 002 §1", () => {
  it("1: same external id and phone — other data overwritten, phone and id kept", async () => {
    const ext = nextExt();
    const phone = nextPhone();
    const first = await upsert({ externalId: ext, phone, lastName: "Иванов", email: "old@test.local" });
    expect(first).toMatchObject({ outcome: "created", rule: "4" });
    const again = await upsert({ externalId: ext, phone, lastName: "Петров", firstName: "Пётр", email: "new@test.local" });
    expect(again).toEqual({ clientId: first.clientId, outcome: "updated", rule: "1" });
    expect(await row(first.clientId)).toMatchObject({ phone, lastName: "Петров", firstName: "Пётр", email: "new@test.local" });
    expect(await externalIdsOf(first.clientId)).toEqual([ext]);
  });

  it("1: only the fields that were sent overwrite the card", async () => {
    const ext = nextExt();
    const { clientId } = await upsert({ externalId: ext, phone: nextPhone(), lastName: "Сидоров", email: "keep@test.local", note: "Звонить вечером" });
    await upsertClientByExternalId(a.director, clientUpsertSchema.parse({ externalId: ext, lastName: "Сидорова" }), { fields: new Set(["lastName"]) });
    expect(await row(clientId)).toMatchObject({ lastName: "Сидорова", email: "keep@test.local", note: "Звонить вечером" });
  });

  it("2a: a phone never used in the organisation replaces the old one and is remembered", async () => {
    const ext = nextExt();
    const oldPhone = nextPhone();
    const newPhone = nextPhone();
    const { clientId } = await upsert({ externalId: ext, phone: oldPhone, lastName: "Смирнов" });
    expect(await upsert({ externalId: ext, phone: newPhone, lastName: "Смирнов" })).toMatchObject({ clientId, rule: "2a", outcome: "updated" });
    expect((await row(clientId)).phone).toBe(newPhone);
    const history = await t.db.select({ phone: clientPhoneHistory.phone }).from(clientPhoneHistory).where(eq(clientPhoneHistory.clientId, clientId));
    expect(history.map((h) => h.phone).sort()).toEqual([oldPhone, newPhone].sort());
  });

  it("2b: a phone of another client who signed in is refused with the seed's message", async () => {
    const holder = await make({ phone: nextPhone() });
    await signIn(holder.id);
    const ext = nextExt();
    const { clientId } = await upsert({ externalId: ext, phone: nextPhone(), lastName: "Кузнецов" });
    const before = await row(clientId);
    await expect(upsert({ externalId: ext, phone: holder.phone, lastName: "Кузнецов-Новый" })).rejects.toThrow(PHONE_OF_SIGNED_IN_CLIENT);
    expect(await row(clientId)).toEqual(before);
    expect((await row(holder.id)).archivedAt).toBeNull();
  });

  it("2b: a former phone of a client who signed in is refused too", async () => {
    const former = nextPhone();
    const holder = await make({ phone: former });
    await signIn(holder.id);
    await updateClient(a.director, { ...(await editable(holder.id)), phone: nextPhone() });
    const ext = nextExt();
    await upsert({ externalId: ext, phone: nextPhone(), lastName: "Попов" });
    await expect(upsert({ externalId: ext, phone: former, lastName: "Попов" })).rejects.toThrow(PHONE_OF_SIGNED_IN_CLIENT);
  });

  it("2a: a former phone of a client who never signed in is free to take", async () => {
    const former = nextPhone();
    const holder = await make({ phone: former });
    await updateClient(a.director, { ...(await editable(holder.id)), phone: nextPhone() });
    const ext = nextExt();
    const { clientId } = await upsert({ externalId: ext, phone: nextPhone(), lastName: "Волков" });
    expect(await upsert({ externalId: ext, phone: former, lastName: "Волков" })).toMatchObject({ rule: "2a" });
    expect((await row(clientId)).phone).toBe(former);
  });

  it("2c: a phone of a client of another organisation is refused with the seed's message", async () => {
    const elsewhere = await make({ phone: nextPhone() }, b);
    const ext = nextExt();
    const { clientId } = await upsert({ externalId: ext, phone: nextPhone(), lastName: "Соколов" });
    await expect(upsert({ externalId: ext, phone: elsewhere.phone, lastName: "Соколов" })).rejects.toThrow(PHONE_IN_OTHER_ORGANISATION);
    expect((await row(clientId)).phone).not.toBe(elsewhere.phone);
    expect((await row(elsewhere.id)).archivedAt).toBeNull();
  });

  it("2d: a phone of a client who never signed in merges that client into the one with the external id", async () => {
    const dupPhone = nextPhone();
    const duplicate = await make({ phone: dupPhone, lastName: "Дубликатов", tags: ["должник"], externalId: nextExt() });
    const [premise] = await t.db
      .insert(premises)
      .values({ orgId: a.orgId, buildingId: aData.building.id, type: "flat", number: "77", searchText: "77" })
      .returning();
    await t.db.insert(premiseClients).values({ orgId: a.orgId, premiseId: premise!.id, clientId: duplicate.id, basis: "owner" });
    const ext = nextExt();
    const { clientId } = await upsert({ externalId: ext, phone: nextPhone(), lastName: "Основной", tags: ["vip"] });

    const result = await upsert({ externalId: ext, phone: dupPhone, lastName: "Основной", tags: ["vip"] });
    expect(result).toEqual({ clientId, outcome: "merged", rule: "2d" });
    expect((await row(clientId)).phone).toBe(dupPhone);
    expect((await row(duplicate.id)).archivedAt).not.toBeNull();
    const links = await t.db.select().from(premiseClients).where(eq(premiseClients.premiseId, premise!.id));
    expect(links.map((l) => [l.clientId, l.removedAt])).toEqual([[clientId, null]]);
    expect((await externalIdsOf(clientId)).length).toBe(2);
    expect(await externalIdsOf(duplicate.id)).toEqual([]);
    const tagNames = await t.db
      .select({ name: tags.name })
      .from(clientTags)
      .innerJoin(tags, eq(tags.id, clientTags.tagId))
      .where(eq(clientTags.clientId, clientId));
    expect(tagNames.map((n) => n.name).sort()).toEqual(["vip", "должник"]);
    const audits = await t.db.select({ action: auditLog.action, entityId: auditLog.entityId }).from(auditLog).where(eq(auditLog.orgId, a.orgId));
    expect(audits).toContainEqual({ action: "client.merged", entityId: clientId });
    expect(audits).toContainEqual({ action: "client.merged_into", entityId: duplicate.id });
  });

  it("3: a new external id with a known phone is added to that client's card", async () => {
    const phone = nextPhone();
    const existing = await make({ phone, lastName: "Морозов" });
    const ext = nextExt();
    expect(await upsert({ externalId: ext, phone, lastName: "Другой" })).toEqual({ clientId: existing.id, outcome: "linked", rule: "3" });
    expect(await externalIdsOf(existing.id)).toEqual([ext]);
    expect((await row(existing.id)).lastName).toBe("Морозов");
  });

  it("4: an unknown external id and phone create a client, even when another organisation has the phone", async () => {
    const elsewhere = await make({ phone: nextPhone() }, b);
    const result = await upsert({ externalId: nextExt(), phone: elsewhere.phone, lastName: "Новиков" });
    expect(result).toMatchObject({ outcome: "created", rule: "4" });
    expect(await row(result.clientId)).toMatchObject({ orgId: a.orgId, phone: elsewhere.phone, lastName: "Новиков" });
  });

  it("never touches another organisation's client with the same external id", async () => {
    const ext = nextExt();
    const inB = await upsert({ externalId: ext, phone: nextPhone(), lastName: "Бетин" }, b);
    const inA = await upsert({ externalId: ext, phone: nextPhone(), lastName: "Альфин" });
    expect(inA.clientId).not.toBe(inB.clientId);
    expect((await row(inB.clientId)).lastName).toBe("Бетин");
    const aIds = await t.db.select().from(clientExternalIds).where(and(eq(clientExternalIds.orgId, a.orgId), eq(clientExternalIds.externalId, ext)));
    expect(aIds).toHaveLength(1);
  });
});

/** The stored client as the «Общие сведения» form would send it back. */
async function editable(id: string) {
  const c = await row(id);
  return {
    id,
    type: c.type,
    status: "active" as const,
    lastName: c.lastName,
    firstName: c.firstName,
    middleName: c.middleName,
    phone: c.phone,
    email: c.email,
    gender: c.gender,
    birthDate: c.birthDate,
    passport: c.passport,
    passportNote: c.passportNote,
    registrationAddress: c.registrationAddress,
    registrationPostalCode: c.registrationPostalCode,
    registrationAddressNote: c.registrationAddressNote,
    contactPerson: c.contactPerson,
    note: c.note,
    isTester: c.isTester,
    tags: [],
  };
}
