import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getReadings, POST as postReadings } from "@/app/api/v1/meter-readings/route";
import { GET as getMeters, POST as postMeters } from "@/app/api/v1/meters/route";
import { meterEvents, meterReadings, meters } from "@/db/schema";
import { openApiDocument } from "@/lib/api/openapi";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { seedTenantData, type TenantData } from "@/tests/support/tenant-data";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { get, keyFor, post, useDbForRoutes } from "./api-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let aData: TenantData;
let bData: TenantData;
let aKey: string;
let bKey: string;

beforeAll(async () => {
  t = await createTestDb();
  useDbForRoutes(t.db);
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  aData = await seedTenantData(t.db, a, "Альфа");
  bData = await seedTenantData(t.db, b, "Бета");
  await t.db.update(meters).set({ externalId: "M-1" }).where(eq(meters.id, aData.meter.id));
  await t.db.update(meters).set({ externalId: "M-1" }).where(eq(meters.id, bData.meter.id));
  aKey = await keyFor(a, ["readings:write", "meters:read"]);
  bKey = await keyFor(b, ["readings:write", "meters:read"]);
});
afterAll(async () => {
  useDbForRoutes(undefined);
  await t?.close();
});

const readingsOf = (meterId: string, period: string) =>
  t.db.select().from(meterReadings).where(and(eq(meterReadings.meterId, meterId), eq(meterReadings.period, period), eq(meterReadings.kind, "regular")));

describe("POST /api/v1/meter-readings", () => {
  it("needs a key with the readings scope", async () => {
    expect((await post(postReadings, null, { items: [] })).status).toBe(401);
    const readOnly = await keyFor(a, ["meters:read"]);
    expect((await post(postReadings, readOnly, { items: [{ externalId: "x", meterId: aData.meter.id, period: "2025-07", value: "13" }] })).status).toBe(403);
  });

  it("saves readings by meter id or external id with source «API», and sent twice writes them once", async () => {
    const body = {
      items: [
        { externalId: "R-1", meterExternalId: "M-1", period: "2025-07", value: "13,5" },
        { externalId: "R-2", meterId: aData.buildingMeter.id, period: "2025-07", value: 845.125 },
      ],
    };
    const first = await post(postReadings, aKey, body);
    expect(first.status).toBe(200);
    expect(first.json.summary).toMatchObject({ created: 2 });
    const again = await post(postReadings, aKey, body);
    expect(again.json.summary).toMatchObject({ created: 0, unchanged: 2 });
    expect((again.json.items as { id: string }[]).map((i) => i.id)).toEqual((first.json.items as { id: string }[]).map((i) => i.id));

    const [saved] = await readingsOf(aData.meter.id, "2025-07");
    expect(saved).toMatchObject({ valueMilli: 13500n, source: "api", idempotencyKey: "api:R-1" });
    expect(await readingsOf(bData.meter.id, "2025-07")).toEqual([]);
    const journal = await t.db.select({ n: count() }).from(meterEvents).where(and(eq(meterEvents.meterId, aData.meter.id), eq(meterEvents.source, "api")));
    expect(journal[0]?.n).toBe(1);
  });

  it("answers 422 with every bad item and writes none: another organisation's meter is not found, a reading below the previous is refused", async () => {
    const { status, json } = await post(postReadings, aKey, {
      items: [
        { externalId: "R-10", meterId: aData.buildingMeter.id, period: "2025-08", value: "900" },
        { externalId: "R-11", meterId: bData.meter.id, period: "2025-08", value: "20" },
        { externalId: "R-12", meterExternalId: "M-1", period: "2025-08", value: "10" },
        { externalId: "R-13", meterExternalId: "M-1", period: "2025-8", value: "1а" },
      ],
    });
    expect(status).toBe(422);
    const errors = (json.errors as { index: number; field: string; message: string }[]).map((e) => [e.index, e.field, e.message.replace(/\s/g, " ")]);
    expect(errors).toEqual([
      [1, "meterId", "Прибор учёта не найден"],
      [2, "value", "Показание меньше предыдущего (13,5). Если прибор заменили, оформите замену прибора"],
      [3, "period", "Период — месяц в виде ГГГГ-ММ (YYYY-MM)"],
      [3, "value", "Показание — число не меньше нуля, не больше трёх знаков после запятой"],
    ]);
    expect(await readingsOf(aData.buildingMeter.id, "2025-08")).toEqual([]);
  });
});

describe("GET /api/v1/meter-readings", () => {
  it("pages the organisation's readings of a period, values as decimal text", async () => {
    const { status, json } = await get(getReadings, aKey, "?period=2025-07");
    expect(status).toBe(200);
    const items = json.items as { meterId: string; value: string; externalId: string | null; source: string }[];
    expect(items.map((i) => [i.meterId, i.value, i.externalId, i.source]).sort()).toEqual(
      [
        [aData.meter.id, "13.500", "R-1", "api"],
        [aData.buildingMeter.id, "845.125", "R-2", "api"],
      ].sort(),
    );
    const other = await get(getReadings, bKey, "?period=2025-07");
    expect(other.json.items).toEqual([]);
    expect((await get(getReadings, aKey, "?period=июль")).status).toBe(422);
  });
});

describe("/api/v1/meters", () => {
  it("upserts meters by external id: created, then unchanged, then updated; another organisation's premise is not found", async () => {
    const key = await keyFor(a, ["meters:write", "meters:read"]);
    const item = { externalId: "API-M-1", premiseId: aData.residents.premise.id, resource: "hot_water", serialNumber: "ГВ-API-1", digits: 5, initialReadings: { single: "3,5" } };
    const first = await post(postMeters, key, { items: [item] });
    expect(first.status).toBe(200);
    expect(first.json.summary).toMatchObject({ created: 1 });
    expect((await post(postMeters, key, { items: [item] })).json.summary).toMatchObject({ unchanged: 1 });
    expect((await post(postMeters, key, { items: [{ externalId: "API-M-1", model: "СГВ-15" }] })).json.summary).toMatchObject({ updated: 1 });
    const [saved] = await t.db.select().from(meters).where(and(eq(meters.orgId, a.orgId), eq(meters.externalId, "API-M-1")));
    expect(saved).toMatchObject({ model: "СГВ-15", serialNumber: "ГВ-API-1", digits: 5, premiseId: aData.residents.premise.id });

    const foreign = await post(postMeters, await keyFor(b, ["meters:write"]), { items: [{ ...item, externalId: "B-M-1" }] });
    expect(foreign.status).toBe(422);
    expect(JSON.stringify(foreign.json)).toContain("не найдено");
    expect((await post(postMeters, await keyFor(a, ["meters:read"]), { items: [item] })).status).toBe(403);
  });

  it("lists the organisation's meters with filters, never another's", async () => {
    const { json } = await get(getMeters, aKey, `?serialNumber=${encodeURIComponent(aData.meter.serialNumber)}`);
    expect((json.items as { id: string }[]).map((m) => m.id)).toEqual([aData.meter.id]);
    const other = await get(getMeters, bKey, `?serialNumber=${encodeURIComponent(aData.meter.serialNumber)}`);
    expect(other.json.items).toEqual([]);
    const heat = await get(getMeters, aKey, "?resource=heating");
    expect((heat.json.items as { id: string }[]).map((m) => m.id)).toEqual([aData.buildingMeter.id]);
    expect((await get(getMeters, aKey, "?status=broken")).status).toBe(422);
  });
});

describe("the OpenAPI document", () => {
  it("describes the meter endpoints with their scopes and item schemas", () => {
    const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, { security: { apiKey: string[] }[] }>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    expect(doc.paths["/api/v1/meter-readings"]?.post?.security).toEqual([{ apiKey: ["readings:write"] }]);
    expect(doc.paths["/api/v1/meter-readings"]?.get?.security).toEqual([{ apiKey: ["meters:read"] }]);
    expect(doc.paths["/api/v1/meters"]?.post?.security).toEqual([{ apiKey: ["meters:write"] }]);
    expect(doc.paths["/api/v1/meters/{id}"]).toBeUndefined();
    expect(Object.keys(doc.components.schemas.MeterReadingItem?.properties ?? {})).toEqual(expect.arrayContaining(["externalId", "meterId", "meterExternalId", "zone", "period", "value"]));
    expect(Object.keys(doc.components.schemas.MeterItem?.properties ?? {})).toEqual(expect.arrayContaining(["externalId", "premiseExternalId", "resource", "serialNumber"]));
  });
});
