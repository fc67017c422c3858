import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listClients, POST as postClients } from "@/app/api/v1/clients/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { apiKeys, auditLog, exchangeLog, organisations } from "@/db/schema";
import { hashApiKey } from "@/lib/access/api-keys/api-key-secret";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import { listApiKeys } from "@/lib/access/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/access/api-keys/revoke-api-key";
import { createApiKeySchema } from "@/lib/access/api-keys/api-key-schema";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "@/lib/core/client-ip";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { get, keyFor, post, useDbForRoutes } from "./api-helpers";

let t: TestDb;
let a: OrgFixture;

beforeAll(async () => {
  t = await createTestDb();
  useDbForRoutes(t.db);
  a = await createOrg(t.db, "Альфа");
});
afterAll(async () => {
  useDbForRoutes(undefined);
  await t?.close();
});

describe("organisation API keys", () => {
  it("show the secret once and store only its hash and prefix", async () => {
    const created = await createApiKey(a.director, { name: "1С:Бухгалтерия", scopes: ["clients:write", "read"] });
    expect(created.key).toMatch(/^dk_[\w-]{32}$/);
    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row!.keyHash).toBe(hashApiKey(created.key));
    expect(row!.keyHash).not.toContain(created.key);
    expect(created.key.startsWith(row!.prefix)).toBe(true);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(JSON.stringify(audit)).not.toContain(created.key);
    const listed = await listApiKeys(a.director);
    expect(listed.find((k) => k.id === created.id)).not.toHaveProperty("keyHash");
  });

  it("need the «Интеграции и API-ключи» permission", async () => {
    const dispatcher = await addEmployee(t.db, a, { email: "no-integrations@test.local", permissions: ["registry.clients.edit"] });
    await expect(createApiKey(dispatcher.ctx, { name: "x", scopes: ["read"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listApiKeys(dispatcher.ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("authenticate by Bearer key: 401 without, with a wrong or a revoked key; 403 without the scope", async () => {
    const body = { items: [{ externalId: "K-1", lastName: "Ключев" }] };
    expect((await post(postClients, null, body)).status).toBe(401);
    expect((await post(postClients, "dk_wrong", body)).status).toBe(401);
    const readOnly = await keyFor(a, ["read"]);
    const forbidden = await post(postClients, readOnly, body);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toMatchObject({ type: "urn:domkom:problem:forbidden", status: 403, errors: [] });
    expect(forbidden.json.detail).toContain("clients:write");
    const writer = await createApiKey(a.director, { name: "Писатель", scopes: ["clients:write"] });
    expect((await post(postClients, writer.key, body)).status).toBe(200);
    expect((await get(listClients, writer.key)).status).toBe(403);
    await revokeApiKey(a.director, { id: writer.id });
    const revoked = await post(postClients, writer.key, body);
    expect(revoked.status).toBe(401);
    expect(revoked.json).toMatchObject({ type: "urn:domkom:problem:unauthenticated", title: "Нужен действующий API-ключ", status: 401, detail: "Неверный или отозванный API-ключ" });
  });

  it("record when a key was last used and act in its name", async () => {
    const created = await createApiKey(a.director, { name: "Интеграция УК", scopes: ["clients:write"] });
    await post(postClients, created.key, { items: [{ externalId: "K-2", lastName: "Последний" }] });
    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row!.lastUsedAt).not.toBeNull();
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.actorId, created.id));
    expect(audits.map((r) => [r.actorType, r.actorName, r.action])).toContainEqual(["api", "Интеграция УК", "client.created"]);
    const logs = await t.db.select().from(exchangeLog).where(eq(exchangeLog.actorName, "Интеграция УК"));
    expect(logs.map((l) => [l.kind, l.status])).toEqual([["api.clients", "ok"]]);
  });

  it("obey the organisation's staff IP allow-list, or the key's own, judged by the socket address", async () => {
    const office = await createOrg(t.db, "Офис");
    await t.db.update(organisations).set({ staffIpAllowlist: ["192.0.2.0/24"] }).where(eq(organisations.id, office.orgId));
    const plain = (await createApiKey(office.director, { name: "Без списка", scopes: ["read"] })).key;
    const own = (await createApiKey(office.director, createApiKeySchema.parse({ name: "Свой список", scopes: ["read"], ipAllowlist: "198.51.100.0/24" }))).key;
    const from = async (key: string, socket: string, forwardedFor?: string) => {
      const headers = new Headers({ authorization: `Bearer ${key}`, [SOCKET_ADDRESS_HEADER]: socketAddressStamp(socket) });
      if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
      return (await listClients(new Request("http://localhost/api/v1/clients", { headers }))).status;
    };
    expect(await from(plain, "192.0.2.7")).toBe(200);
    expect(await from(plain, "203.0.113.5")).toBe(403);
    expect(await from(plain, "203.0.113.5", "192.0.2.7")).toBe(403);
    expect(await from(own, "198.51.100.3")).toBe(200);
    expect(await from(own, "192.0.2.7")).toBe(403);
  });

  it("mark a key as used at most once a minute", async () => {
    const created = await createApiKey(a.director, { name: "Частый", scopes: ["read"] });
    const lastUsed = async () => (await t.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id)))[0]?.at;
    await get(listClients, created.key);
    const first = await lastUsed();
    await get(listClients, created.key);
    expect(await lastUsed()).toEqual(first);
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    await t.db.update(apiKeys).set({ lastUsedAt: twoMinutesAgo }).where(eq(apiKeys.id, created.id));
    await get(listClients, created.key);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime());
  });

  it("publish an OpenAPI 3.1 document generated from the schemas, without a key", async () => {
    const response = await openApi();
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      [
        ...["buildings", "premises", "clients", "accounts"].flatMap((kind) => [`/api/v1/${kind}`, `/api/v1/${kind}/{id}`, `/api/v1/${kind}/external/{externalId}`]),
        "/api/v1/meters",
        "/api/v1/meter-readings",
        "/api/v1/payments",
      ],
    );
    // Money is integer kopecks in the API: the schema says so, so no client sends roubles as a float.
    expect(doc.components.schemas.PaymentItem!.properties.amountKopecks).toMatchObject({ type: "integer", minimum: 1 });
    expect(Object.keys(doc.components.schemas.ClientItem!.properties)).toEqual(expect.arrayContaining(["externalId", "phone", "lastName", "links"]));
    expect(Object.keys(doc.components.schemas.PremiseItem!.properties)).toEqual(expect.arrayContaining(["buildingExternalId", "type", "number"]));
    expect(doc.components.schemas.AccountItem!.properties).not.toHaveProperty("premiseId");
  });
});
