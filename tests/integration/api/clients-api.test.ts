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
  it("answers 422 problem+json listing every bad item's fields, in Russian, and writes nothing", async () => {
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
    expect(json).toMatchObject({ type: "urn:domkom:problem:validation", title: "Ошибки в данных", status: 422, detail: "Ничего не загружено: ошибки в 6 из 7 элементов" });
    const errors = json.errors as { index: number; externalId: string | null; field: string | null; message: string }[];
    const of = (index: number) => errors.filter((e) => e.index === index);
    expect([...new Set(errors.map((e) => e.index))]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(of(1)).toEqual([{ index: 1, externalId: "C-PHONE", field: "phone", message: expect.stringContaining("Неверный номер телефона") }]);
    expect(of(2).map((e) => e.field)).toEqual(["inn", "snils"]);
    expect(of(3)[0]!.message).toContain("элементе 0");
    expect(of(4)[0]).toEqual({ index: 4, externalId: "C-LINK", field: "links.0.premiseExternalId", message: "Помещение с внешним идентификатором «NO-SUCH-FLAT» не найдено" });
    expect(of(5)[0]!.field).toBe("lastName");
    expect(of(6)).toEqual([{ index: 6, externalId: null, field: null, message: "Ожидается объект" }]);
    // zod's own English never reaches the integrator.
    expect(JSON.stringify(json)).not.toMatch(/Invalid|expected|received/);
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
    expect(json.errors).toEqual([{ index: 1, externalId: "MOVER", field: "phone", message: PHONE_OF_SIGNED_IN_CLIENT }]);
    expect(await clientCount(a.orgId)).toBe(before);
    expect(await byPhone("+79120000012")).toBeUndefined();
  });

  it("answers per item: created, then on the same request again unchanged (idempotent)", async () => {
    const body = {
      items: [
        { externalId: "IDEM-1", type: "individual", lastName: "Иванов", firstName: "Иван", phone: "8 (912) 000-00-20", tags: ["1С"] },
        { externalId: "IDEM-2", type: "legal_entity", lastName: "ООО «Лютик-2»", firstName: ".", middleName: ".", inn: "7707083893" },
      ],
    };
    const created = (await post(POST, aKey, body)).json as { items: { index: number; externalId: string; id: string; outcome: string }[]; summary: Record<string, number> };
    expect(created.items).toEqual([
      { index: 0, externalId: "IDEM-1", id: expect.any(String), outcome: "created" },
      { index: 1, externalId: "IDEM-2", id: expect.any(String), outcome: "created" },
    ]);
    expect(created.summary).toEqual({ created: 2, updated: 0, merged: 0, linked: 0, unchanged: 0 });
    const after = await clientCount(a.orgId);
    const audits = await auditCount();
    const again = (await post(POST, aKey, body)).json as typeof created;
    expect(again.items.map((i) => [i.id, i.outcome])).toEqual(created.items.map((i) => [i.id, "unchanged"]));
    expect(await clientCount(a.orgId)).toBe(after);
    expect(await auditCount()).toBe(audits); // nothing changed, nothing to audit
    expect(await byPhone("+79120000020")).toMatchObject({ lastName: "Иванов", firstName: "Иван" });
    const company = (await get(GET, aKey, "?externalId=IDEM-2")).json.items as { lastName: string; firstName: string | null }[];
    expect(company).toEqual([expect.objectContaining({ lastName: "ООО «Лютик-2»", firstName: null })]);
  });

  it("counts a merge of a never-signed-in duplicate (rule 2d)", async () => {
    await post(POST, aKey, { items: [{ externalId: "DUP-A", lastName: "Дублев", phone: "+79120000030" }, { externalId: "DUP-B", lastName: "Дублев", phone: "+79120000031" }] });
    const { json } = await post(POST, aKey, { items: [{ externalId: "DUP-A", lastName: "Дублев", phone: "+79120000031" }] });
    expect(json.items).toEqual([expect.objectContaining({ index: 0, externalId: "DUP-A", outcome: "merged" })]);
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
    expect(seen.json).toEqual({ items: [], nextCursor: null });
    const { json } = await post(POST, bKey, { items: [{ externalId: "IDEM-1", lastName: "Чужой", phone: "+79120000020" }] });
    expect(json.items).toEqual([expect.objectContaining({ outcome: "created" })]);
    expect(await clientCount(a.orgId)).toBe(aClients);
    expect(await byPhone("+79120000020")).toBeDefined();
    const linked = await post(POST, bKey, { items: [{ externalId: "B-1", lastName: "Бетов", links: [{ premiseExternalId: "FLAT-1" }] }] });
    expect(linked.status).toBe(422);
  });

  it("lists in a stable order by cursor, every client once, with their premise links", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await get(GET, aKey, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`)).json as { items: { id: string; links: unknown[] }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await clientCount(a.orgId));
    expect((await get(GET, aKey, "?limit=1&total=true")).json.total).toBe(seen.length);
    const owner = (await get(GET, aKey, "?externalId=OWNER")).json.items as { links: { premiseExternalId: string; basis: string }[] }[];
    expect(owner[0]!.links).toEqual(expect.arrayContaining([expect.objectContaining({ premiseExternalId: "FLAT-1", basis: "owner" })]));
    const tooBig = await get(GET, aKey, "?limit=5000");
    expect(tooBig.status).toBe(422);
    expect(tooBig.json.errors).toEqual([{ index: null, externalId: null, field: "limit", message: "limit: не больше 500" }]);
    const typo = await get(GET, aKey, "?updatedsince=2026-01-01");
    expect(typo.json.errors).toEqual([expect.objectContaining({ field: "updatedsince", message: "Неизвестное поле «updatedsince»" })]);
  });

  it("answers 400 to a body that is not JSON and 422 to a missing or oversized items array", async () => {
    expect((await post(POST, aKey, "{not json")).status).toBe(400);
    expect((await post(POST, aKey, { rows: [] })).status).toBe(422);
    const tooMany = await post(POST, aKey, { items: Array.from({ length: 5001 }, (_, i) => ({ externalId: `X${i}` })) });
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.detail).toBe("Не больше 5000 элементов за один запрос");
  });
});
