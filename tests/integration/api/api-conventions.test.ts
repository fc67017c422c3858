import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAccountById } from "@/app/api/v1/accounts/[id]/route";
import { POST as postAccounts } from "@/app/api/v1/accounts/route";
import { GET as getBuildingByExternalId } from "@/app/api/v1/buildings/external/[externalId]/route";
import { GET as getBuildings, POST as postBuildings } from "@/app/api/v1/buildings/route";
import { GET as getClientById } from "@/app/api/v1/clients/[id]/route";
import { GET as getClientByExternalId } from "@/app/api/v1/clients/external/[externalId]/route";
import { GET as getClients, POST as postClients } from "@/app/api/v1/clients/route";
import { GET as docs } from "@/app/api/v1/docs/route";
import { GET as scalarJs } from "@/app/api/v1/docs/scalar.js/route";
import { GET as getPremiseByExternalId } from "@/app/api/v1/premises/external/[externalId]/route";
import { GET as getPremises, POST as postPremises } from "@/app/api/v1/premises/route";
import { auditLog, buildings, clients, personalAccounts, premises } from "@/db/schema";
import { MAX_API_BODY_BYTES } from "@/lib/api/json-body";
import { apiKeyOptions, listApiRequests } from "@/lib/api/request-log";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { seedTenantData, type TenantData } from "@/tests/support/tenant-data";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { get, keyFor, post, useDbForRoutes } from "./api-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let aData: TenantData;
let key: string;
let bKey: string;

beforeAll(async () => {
  t = await createTestDb();
  useDbForRoutes(t.db);
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  aData = await seedTenantData(t.db, a, "Альфа");
  await seedTenantData(t.db, b, "Бета");
  await t.db.update(buildings).set({ externalId: "B-1" }).where(eq(buildings.id, aData.building.id));
  key = await keyFor(a, ["read", "buildings:write", "premises:write", "clients:write", "accounts:write"], "1С Альфы");
  bKey = await keyFor(b, ["read", "buildings:write", "premises:write", "clients:write", "accounts:write"], "1С Беты");
});
afterAll(async () => {
  useDbForRoutes(undefined);
  await t?.close();
});

type Problem = { type: string; title: string; status: number; detail: string; errors: { index: number | null; externalId: string | null; field: string | null; message: string }[] };

/** Every error status answers RFC 9457 problem+json with Russian text. */
async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as Problem;
  expect(body).toEqual({ type: expect.stringMatching(/^urn:domkom:problem:[a-z-]+$/), title: expect.any(String), status, detail: expect.any(String), errors: expect.any(Array) });
  expect(body.title + body.detail).toMatch(/[а-яё]/i);
  return body;
}

const request = (path: string, init: { key?: string | null; method?: string; body?: BodyInit; headers?: Record<string, string> } = {}) =>
  new Request(`http://localhost${path}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), "content-type": "application/json", ...init.headers },
  });

describe("REST API errors", () => {
  it("are problem+json for 400, 401, 403, 404, 413 and 422", async () => {
    const unauthenticated = await expectProblem(await getClients(request("/api/v1/clients")), 401);
    expect(unauthenticated.type).toBe("urn:domkom:problem:unauthenticated");
    const reader = await keyFor(a, ["read"]);
    const forbidden = await expectProblem(await postClients(request("/api/v1/clients", { key: reader, method: "POST", body: "{}" })), 403);
    expect(forbidden.detail).toContain("clients:write");
    const missing = await expectProblem(await getClientById(request("/api/v1/clients/00000000-0000-4000-8000-000000000000", { key })), 404);
    expect(missing.detail).toBe("Клиент не найден");
    await expectProblem(await getClientById(request("/api/v1/clients/not-a-uuid", { key })), 404);
    await expectProblem(await postClients(request("/api/v1/clients", { key, method: "POST", body: "{not json" })), 400);
    const invalid = await expectProblem(await postClients(request("/api/v1/clients", { key, method: "POST", body: JSON.stringify({ items: [{}] }) })), 422);
    expect(invalid.errors).toContainEqual({ index: 0, externalId: null, field: "externalId", message: "Обязательное поле" });
  });

  it("refuses a body over the limit with 413, by its declared length or by the bytes that arrive", async () => {
    const big = JSON.stringify({ items: [{ externalId: "X", note: "я".repeat(MAX_API_BODY_BYTES / 2 + 10) }] });
    const declared = await expectProblem(await postClients(request("/api/v1/clients", { key, method: "POST", body: big })), 413);
    expect(declared.type).toBe("urn:domkom:problem:payload-too-large");
    // A chunked body declares no length: the reader counts what arrives and stops.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = new Request("http://localhost/api/v1/clients", { method: "POST", body: stream, headers: { authorization: `Bearer ${key}` }, duplex: "half" } as RequestInit);
    await expectProblem(await postClients(chunked), 413);
  });

  it("name an unknown field instead of dropping it, at every level", async () => {
    const { status, json } = await post(postClients, key, {
      items: [
        { externalId: "TYPO", lastName: "Опечаткин", middlename: "Иванович" },
        { externalId: "TYPO-2", lastName: "Связкин", links: [{ premiseExternalId: "P-1", role: "owner" }] },
      ],
    });
    expect(status).toBe(422);
    expect(json.errors).toEqual([
      { index: 0, externalId: "TYPO", field: "middlename", message: "Неизвестное поле «middlename»" },
      { index: 1, externalId: "TYPO-2", field: "links.0.role", message: "Неизвестное поле «role»" },
    ]);
    const premise = await post(postPremises, key, { items: [{ externalId: "P-T", buildingExternalId: "B-1", type: "flat", number: "1", square: 40 }] });
    expect(premise.json.errors).toEqual([{ index: 0, externalId: "P-T", field: "square", message: "Неизвестное поле «square»" }]);
    const envelope = await post(postClients, key, { items: [{ externalId: "E", lastName: "Конвертов" }], dryRun: true });
    expect(envelope.json.errors).toEqual([{ index: null, externalId: null, field: "dryRun", message: "Неизвестное поле «dryRun»" }]);
  });
});

describe("REST API updates", () => {
  it("keep a field the item leaves out and clear one sent as null", async () => {
    await post(postPremises, key, { items: [{ externalId: "P-KEEP", buildingExternalId: "B-1", type: "flat", number: "201", entrance: "2", floor: "5", totalArea: 60, livingArea: 40, rooms: 3, note: "Угловая" }] });
    const { json } = await post(postPremises, key, { items: [{ externalId: "P-KEEP", note: null, floor: "6" }] });
    expect(json.items).toEqual([expect.objectContaining({ outcome: "updated" })]);
    const [row] = await t.db.select().from(premises).where(eq(premises.externalId, "P-KEEP"));
    expect(row).toMatchObject({ entrance: "2", floor: "6", totalArea: "60.00", livingArea: "40.00", rooms: 3, note: null });
  });

  it("adopting a premise entered by hand without an external id keeps its entrance, floor, areas and rooms", async () => {
    const [manual] = await t.db
      .insert(premises)
      .values({ orgId: a.orgId, buildingId: aData.building.id, type: "flat", number: "202", entrance: "3", floor: "7", totalArea: "71.50", livingArea: "45.00", rooms: 2, searchText: "202" })
      .returning();
    const { json } = await post(postPremises, key, { items: [{ externalId: "P-ADOPT", buildingExternalId: "B-1", type: "flat", number: "202" }] });
    expect(json.items).toEqual([{ index: 0, externalId: "P-ADOPT", id: manual!.id, outcome: "linked" }]);
    const [row] = await t.db.select().from(premises).where(eq(premises.id, manual!.id));
    expect(row).toMatchObject({ externalId: "P-ADOPT", entrance: "3", floor: "7", totalArea: "71.50", livingArea: "45.00", rooms: 2 });
  });

  it("adopting an account entered by hand keeps its ЕЛС", async () => {
    const [premise] = await t.db.select().from(premises).where(eq(premises.externalId, "P-ADOPT"));
    const [manual] = await t.db.insert(personalAccounts).values({ orgId: a.orgId, premiseId: premise!.id, number: "880001", els: "12AB345678" }).returning();
    const { json } = await post(postAccounts, key, { items: [{ externalId: "LS-ADOPT", premiseExternalId: "P-ADOPT", number: "880001" }] });
    expect(json.items).toEqual([{ index: 0, externalId: "LS-ADOPT", id: manual!.id, outcome: "linked" }]);
    const byId = await get(getAccountById, key, `/accounts/${manual!.id}`);
    expect(byId.json).toMatchObject({ id: manual!.id, externalId: "LS-ADOPT", els: "12AB345678", premiseExternalId: "P-ADOPT" });
  });
});

describe("REST API phones", () => {
  it("normalise any country's number to E.164 and find the client by phone written any way", async () => {
    const { status, json } = await post(postClients, key, {
      items: [
        { externalId: "DE-1", lastName: "Мюллер", phone: "+49 30 901820" },
        { externalId: "RU-1", lastName: "Петров", phone: "8 (912) 555-01-01" },
      ],
    });
    expect(status, JSON.stringify(json)).toBe(200);
    const [de] = await t.db.select().from(clients).where(and(eq(clients.orgId, a.orgId), eq(clients.phone, "+4930901820")));
    expect(de).toMatchObject({ lastName: "Мюллер" });
    const found = (await get(getClients, key, "?phone=%2B49%20(30)%20901-820")).json.items as { externalIds: string[] }[];
    expect(found.map((c) => c.externalIds)).toEqual([["DE-1"]]);
    expect((await get(getClients, key, "?phone=89125550101")).json.items).toEqual([expect.objectContaining({ phone: "+79125550101" })]);
    expect((await get(getClients, key, "?phone=abc")).status).toBe(422);
  });
});

describe("REST API bulk creation", () => {
  it("creates new clients together, audited, while items that share a phone still follow the merge rules", async () => {
    const { status, json } = await post(postClients, key, {
      items: [
        { externalId: "NEW-1", lastName: "Первов", phone: "+79125550201" },
        { externalId: "NEW-2", lastName: "Вторых", phone: "+79125550202", tags: ["1С"] },
        { externalId: "SHARE-1", lastName: "Общий", phone: "+79125550203" },
        { externalId: "SHARE-2", lastName: "Общий", phone: "+79125550203" },
      ],
    });
    expect(status, JSON.stringify(json)).toBe(200);
    const items = json.items as { externalId: string; id: string; outcome: string }[];
    expect(items.map((i) => [i.externalId, i.outcome])).toEqual([
      ["NEW-1", "created"],
      ["NEW-2", "created"],
      ["SHARE-1", "created"],
      ["SHARE-2", "linked"], // rule 3: the external id joins the client created by the item before it
    ]);
    expect(items[3]!.id).toBe(items[2]!.id);
    const first = await get(getClientByExternalId, key, "/clients/external/NEW-1");
    expect(first.json).toMatchObject({ id: items[0]!.id, externalIds: ["NEW-1"], phone: "+79125550201" });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, items[0]!.id), eq(auditLog.action, "client.created")));
    expect(audits).toHaveLength(1);
  });
});

describe("REST API reads", () => {
  it("page in a stable order with ties on updated_at broken by id, and filter by updatedSince", async () => {
    // One request is one transaction: its rows share updated_at exactly.
    const items = Array.from({ length: 7 }, (_, i) => ({ externalId: `TIE-${i}`, buildingExternalId: "B-1", type: "storeroom", number: `К${i}` }));
    const since = new Date().toISOString();
    expect((await post(postPremises, key, { items })).status).toBe(200);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await get(getPremises, key, `?updatedSince=${since}&limit=3${cursor ? `&cursor=${cursor}` : ""}`)).json as { items: { id: string; externalId: string }[]; nextCursor: string | null };
      ids.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    const tied = await t.db.select({ id: premises.id, updatedAt: premises.updatedAt }).from(premises).where(and(eq(premises.orgId, a.orgId), eq(premises.type, "storeroom")));
    expect(new Set(tied.map((r) => r.updatedAt.getTime())).size).toBe(1);
    expect(ids).toEqual([...tied.map((r) => r.id)].sort());
    expect((await get(getPremises, key, "?cursor=garbage")).status).toBe(422);
  });

  it("answer one record by id and by external id, and nothing of another organisation", async () => {
    const client = await get(getClientByExternalId, key, "/clients/external/DE-1");
    expect(client.json).toMatchObject({ externalIds: ["DE-1"], phone: "+4930901820", links: [] });
    expect((await get(getClientById, key, `/clients/${client.json.id as string}`)).json).toEqual(client.json);
    expect((await get(getPremiseByExternalId, key, "/premises/external/P-KEEP")).json).toMatchObject({ number: "201", buildingExternalId: "B-1" });
    expect((await get(getClientById, bKey, `/clients/${client.json.id as string}`)).status).toBe(404);
    expect((await get(getPremiseByExternalId, bKey, "/premises/external/P-KEEP")).status).toBe(404);
  });
});

describe("/api/v1/buildings", () => {
  it("upserts buildings by external id, adopts one entered by hand, and lists and reads them", async () => {
    const { status, json } = await post(postBuildings, key, {
      items: [
        { externalId: "B-NEW", city: "Казань", street: "ул. Баумана", house: "7", postalCode: "420111" },
        { externalId: "B-ADOPT", city: aData.building.city, street: aData.building.street, house: aData.building.house },
      ],
    });
    expect(status, JSON.stringify(json)).toBe(422); // aData's building already has external id B-1: not an unclaimed twin
    expect(json.errors).toEqual([expect.objectContaining({ index: 1 })]);
    await t.db.insert(buildings).values({ orgId: a.orgId, city: "Казань", street: "ул. Пушкина", house: "3", address: "Казань, ул. Пушкина, д. 3" });
    const ok = await post(postBuildings, key, {
      items: [
        { externalId: "B-NEW", city: "Казань", street: "ул. Баумана", house: "7", postalCode: "420111" },
        { externalId: "B-PUSH", city: "Казань", street: "ул. Пушкина", house: "3" },
        { externalId: "B-1", city: aData.building.city, street: aData.building.street, house: aData.building.house },
      ],
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect((ok.json.items as { outcome: string }[]).map((i) => i.outcome)).toEqual(["created", "linked", "unchanged"]);
    const again = await post(postBuildings, key, { items: [{ externalId: "B-NEW", postalCode: null }] });
    expect(again.json.items).toEqual([expect.objectContaining({ outcome: "updated" })]);
    expect((await get(getBuildingByExternalId, key, "/buildings/external/B-NEW")).json).toMatchObject({ address: "Казань, ул. Баумана, д. 7", postalCode: null, city: "Казань" });
    const listed = (await get(getBuildings, key, "?total=true")).json as { items: { externalId: string | null }[]; total: number };
    expect(listed.items.map((b) => b.externalId)).toEqual(expect.arrayContaining(["B-1", "B-NEW", "B-PUSH"]));
    expect((await get(getBuildings, bKey, "?externalId=B-NEW")).json.items).toEqual([]);
    const reader = await keyFor(a, ["read"]);
    expect((await post(postBuildings, reader, { items: [{ externalId: "B-R", city: "Казань", street: "ул. Н", house: "1" }] })).status).toBe(403);
  });
});

describe("request log", () => {
  it("lists every request made with a key, refused ones with their reason, per key and per organisation", async () => {
    const logged = await keyFor(a, ["read"], "Журнальный");
    await get(getClients, logged, "?limit=1");
    await post(postClients, logged, { items: [{ externalId: "L-1", lastName: "Журналов" }] });
    const [keyOption] = (await apiKeyOptions(a.director)).filter((k) => k.label.startsWith("Журнальный"));
    const page = await listApiRequests(a.director, parseListParams({}), { keyId: keyOption!.value });
    expect(page.rows.map((r) => [r.method, r.path, r.status, r.keyName])).toEqual([
      ["POST", "/api/v1", 403, "Журнальный"],
      ["GET", "/api/v1?limit=1", 200, "Журнальный"],
    ]);
    expect(page.rows[0]!.detail).toContain("clients:write");
    expect((await listApiRequests(b.director, parseListParams({}), { keyId: keyOption!.value })).rows).toEqual([]);
  });
});

describe("/api/v1/docs", () => {
  it("serves the Scalar viewer and its script from our own origin", async () => {
    const page = await docs();
    const html = await page.text();
    expect(html).toContain('data-url="/api/v1/openapi.json"');
    expect(html).toContain('<script src="/api/v1/docs/scalar.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await scalarJs();
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});
