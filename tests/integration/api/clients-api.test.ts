import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/clients/route";
import { auditLog, clients, exchangeLog, premiseClients, premises } from "@/db/schema";
import { PHONE_OF_SIGNED_IN_CLIENT } from "@/lib/registry/clients/merge-client";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { seedTenantData, type TenantData } from "@/tests/support/tenant-data";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { get, keyFor, post, useDbForRoutes } from "./api-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let aData: TenantData;
let aKey: string;
let bKey: string;

beforeAll(async () => {
  t = await createTestDb();
  useDbForRoutes(t.db);
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  aData = await seedTenantData(t.db, a, "Альфа");
  aKey = await keyFor(a, ["clients:write", "read"]);
  bKey = await keyFor(b, ["clients:write", "read"]);
  await t.db.insert(premises).values(
    ["1", "2"].map((n) => ({ orgId: a.orgId, buildingId: aData.building.id, type: "flat" as const, number: `10${n}`, externalId: `FLAT-${n}`, searchText: n })),
  );
});
afterAll(async () => {
  useDbForRoutes(undefined);
  await t?.close();
});

const clientCount = async (orgId: string) => (await t.db.select({ n: count() }).from(clients).where(eq(clients.orgId, orgId)))[0]!.n;
const auditCount = async () => (await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.orgId, a.orgId)))[0]!.n;
const byPhone = async (phone: string) => (await t.db.select().from(clients).where(and(eq(clients.phone, phone), isNull(clients.archivedAt))))[0];

describe("POST /api/v1/clients", () => {
  it("answers 422 listing every bad item with its index and reasons, and writes nothing", async () => {
    const before = await clientCount(a.orgId);
    const { status, json } = await post(POST, aKey, {
      items: [
        { externalId: "C-OK", lastName: "Хороший", phone: "+79120000001" },
        { externalId: "C-PHONE", lastName: "Плохой", phone: "12345" },
        { externalId: "C-INN", lastName: "Инн", inn: "1234567890", snils: "112-233-445 00" },
        { externalId: "C-OK", lastName: "Повтор" },
        { externalId: "C-LINK", lastName: "Связь", links: [{ premiseExternalId: "NO-SUCH-FLAT" }] },
        { externalId: "C-NAME", lastName: "R2-D2" },
        "не объект",
      ],
    });
    expect(status).toBe(422);
    const errors = json.errors as { index: number; reasons: { field: string | null; message: string }[] }[];
    expect(errors.map((e) => e.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(errors[0]!.reasons).toEqual([{ field: "phone", message: "Введите телефон в формате +7XXXXXXXXXX" }]);
    expect(errors[1]!.reasons.map((r) => r.field)).toEqual(["inn", "snils"]);
    expect(errors[2]!.reasons[0]!.message).toContain("элементе 0");
    expect(errors[3]!.reasons[0]).toEqual({ field: "links.0.premiseExternalId", message: "Помещение с внешним идентификатором «NO-SUCH-FLAT» не найдено" });
    expect(errors[4]!.reasons[0]!.field).toBe("lastName");
    expect(await clientCount(a.orgId)).toBe(before);
    const [log] = await t.db.select().from(exchangeLog).where(and(eq(exchangeLog.orgId, a.orgId), eq(exchangeLog.status, "rejected")));
    expect(log).toMatchObject({ kind: "api.clients" });
  });

  it("rolls back the whole request when one item breaks a merge rule", async () => {
    await post(POST, aKey, { items: [{ externalId: "SIGNED", lastName: "Вошедший", phone: "+79120000010" }, { externalId: "MOVER", lastName: "Переезжий", phone: "+79120000011" }] });
    await t.db.update(clients).set({ firstLoginAt: new Date() }).where(eq(clients.phone, "+79120000010"));
    const before = await clientCount(a.orgId);
    const { status, json } = await post(POST, aKey, {
      items: [
        { externalId: "FRESH", lastName: "Новенький", phone: "+79120000012" },
        { externalId: "MOVER", lastName: "Переезжий", phone: "+79120000010" },
      ],
    });
    expect(status).toBe(422);
    expect(json.errors).toEqual([{ index: 1, externalId: "MOVER", reasons: [{ field: "phone", message: PHONE_OF_SIGNED_IN_CLIENT }] }]);
    expect(await clientCount(a.orgId)).toBe(before);
    expect(await byPhone("+79120000012")).toBeUndefined();
  });

  it("creates, then on the same request again only updates (idempotent)", async () => {
    const body = {
      items: [
        { externalId: "IDEM-1", type: "individual", lastName: "Иванов", firstName: "Иван", phone: "8 (912) 000-00-20", tags: ["1С"] },
        { externalId: "IDEM-2", type: "legal_entity", lastName: "ООО «Лютик-2»", firstName: ".", middleName: ".", inn: "7707083893" },
      ],
    };
    expect((await post(POST, aKey, body)).json).toEqual({ created: 2, updated: 0, merged: 0, errors: [] });
    const after = await clientCount(a.orgId);
    const audits = await auditCount();
    expect((await post(POST, aKey, body)).json).toEqual({ created: 0, updated: 2, merged: 0, errors: [] });
    expect(await clientCount(a.orgId)).toBe(after);
    expect(await auditCount()).toBe(audits); // nothing changed, nothing to audit
    expect(await byPhone("+79120000020")).toMatchObject({ lastName: "Иванов", firstName: "Иван" });
    const company = (await get(GET, aKey, "?externalId=IDEM-2")).json.items as { lastName: string; firstName: string | null }[];
    expect(company).toEqual([expect.objectContaining({ lastName: "ООО «Лютик-2»", firstName: null })]);
  });

  it("counts a merge of a never-signed-in duplicate (rule 2d)", async () => {
    await post(POST, aKey, { items: [{ externalId: "DUP-A", lastName: "Дублев", phone: "+79120000030" }, { externalId: "DUP-B", lastName: "Дублев", phone: "+79120000031" }] });
    const { json } = await post(POST, aKey, { items: [{ externalId: "DUP-A", lastName: "Дублев", phone: "+79120000031" }] });
    expect(json).toEqual({ created: 0, updated: 0, merged: 1, errors: [] });
    const survivors = (await get(GET, aKey, "?externalId=DUP-B")).json.items as { externalIds: string[]; phone: string }[];
    expect(survivors).toEqual([expect.objectContaining({ externalIds: ["DUP-A", "DUP-B"], phone: "+79120000031" })]);
  });

  it("links clients to premises, owners before their dependants, and ends links no longer sent", async () => {
    const { status, json } = await post(POST, aKey, {
      items: [
        { externalId: "TENANT", lastName: "Арендатов", phone: "+79120000041", links: [{ premiseExternalId: "FLAT-1", basis: "tenant", dependsOnExternalId: "OWNER" }] },
        { externalId: "OWNER", lastName: "Хозяев", phone: "+79120000040", links: [{ premiseExternalId: "FLAT-1" }, { premiseExternalId: "FLAT-2" }] },
      ],
    });
    expect(status, JSON.stringify(json)).toBe(200);
    const owner = await byPhone("+79120000040");
    const tenant = await byPhone("+79120000041");
    const links = async (clientId: string) =>
      t.db.select().from(premiseClients).where(and(eq(premiseClients.clientId, clientId), isNull(premiseClients.removedAt)));
    expect((await links(owner!.id)).map((l) => l.basis)).toEqual(["owner", "owner"]);
    expect(await links(tenant!.id)).toEqual([expect.objectContaining({ basis: "tenant", dependsOnClientId: owner!.id })]);

    const [flat2] = await t.db.select().from(premises).where(eq(premises.externalId, "FLAT-2"));
    await t.db.update(premiseClients).set({ keepOnIntegration: true }).where(eq(premiseClients.premiseId, flat2!.id));
    await post(POST, aKey, { items: [{ externalId: "OWNER", lastName: "Хозяев", links: [{ premiseExternalId: "FLAT-1" }] }, { externalId: "TENANT", lastName: "Арендатов", links: [] }] });
    expect((await links(owner!.id)).length).toBe(2);
    expect(await links(tenant!.id)).toEqual([]);
  });

  it("an owner still depended on cannot be dropped, and says so", async () => {
    await post(POST, aKey, {
      items: [
        { externalId: "O2", lastName: "Владелец", links: [{ premiseExternalId: "FLAT-2" }] },
        { externalId: "R2", lastName: "Жилец", links: [{ premiseExternalId: "FLAT-2", basis: "resident", dependsOnExternalId: "O2" }] },
      ],
    });
    const { status, json } = await post(POST, aKey, { items: [{ externalId: "O2", lastName: "Владелец", links: [] }] });
    expect(status).toBe(422);
    expect(JSON.stringify(json.errors)).toContain("Нельзя открепить клиента");
  });

  it("keeps organisations apart: B's key neither sees nor changes A's clients", async () => {
    const aClients = await clientCount(a.orgId);
    const seen = await get(GET, bKey, "?externalId=IDEM-1");
    expect(seen.json).toMatchObject({ items: [], total: 0 });
    const { json } = await post(POST, bKey, { items: [{ externalId: "IDEM-1", lastName: "Чужой", phone: "+79120000020" }] });
    expect(json).toEqual({ created: 1, updated: 0, merged: 0, errors: [] });
    expect(await clientCount(a.orgId)).toBe(aClients);
    expect(await byPhone("+79120000020")).toBeDefined();
    const linked = await post(POST, bKey, { items: [{ externalId: "B-1", lastName: "Бетов", links: [{ premiseExternalId: "FLAT-1" }] }] });
    expect(linked.status).toBe(422);
  });

  it("lists by page", async () => {
    const first = await get(GET, aKey, "?size=2&page=1");
    const second = await get(GET, aKey, "?size=2&page=2");
    expect(first.json.total).toBe(await clientCount(a.orgId));
    expect((first.json.items as unknown[]).length).toBe(2);
    expect((first.json.items as { id: string }[])[0]!.id).not.toBe((second.json.items as { id: string }[])[0]!.id);
    expect((await get(GET, aKey, "?size=5000")).status).toBe(422);
  });

  it("answers 400 to a body that is not JSON and 422 to a missing or oversized items array", async () => {
    expect((await post(POST, aKey, "{not json")).status).toBe(400);
    expect((await post(POST, aKey, { rows: [] })).status).toBe(422);
    const tooMany = await post(POST, aKey, { items: Array.from({ length: 5001 }, (_, i) => ({ externalId: `X${i}` })) });
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.error).toBe("Не больше 5000 элементов за один запрос");
  });
});
