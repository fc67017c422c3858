import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients, premises, tags } from "@/db/schema";
import { clientFiltersFrom } from "@/lib/registry/clients/client-filters";
import { clientSchema } from "@/lib/registry/clients/client-schema";
import { createClient } from "@/lib/registry/clients/create-client";
import { findClients } from "@/lib/registry/clients/find-clients";
import { listClients } from "@/lib/registry/clients/list-clients";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { addLink, addPremise } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let ids: Record<string, string>;
let buildingA: string;
let buildingB: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  buildingA = (await createBuilding(a.director, buildingSchema.parse({ city: "Москва", street: "ул. Ленина", house: "5" }))).id;
  buildingB = (await createBuilding(a.director, buildingSchema.parse({ city: "Москва", street: "ул. Мира", house: "7" }))).id;
  const make = async (input: Record<string, unknown>) => (await createClient(a.director, clientSchema.parse(input))).id;
  ids = {
    ivanov: await make({ lastName: "Иванов", firstName: "Иван", phone: "+79123456789", tags: ["совет дома"] }),
    petrova: await make({ lastName: "Петрова", firstName: "Анна", phone: "+79031112233", type: "individual" }),
    lutik: await make({ type: "legal_entity", lastName: "ООО «Лютик»", phone: "+74951234567" }),
    lead: await make({ phone: "+79990001122" }),
  };
  await createClient(b.director, clientSchema.parse({ lastName: "Иванов", firstName: "Бета", phone: "+79123456789" }));
  const flat12 = await addPremise(t.db, a.orgId, buildingA, "12");
  await t.db.update(premises).set({ entrance: "2", floor: "3" }).where(eq(premises.id, flat12.id));
  await addLink(t.db, { orgId: a.orgId, premiseId: flat12.id, clientId: ids.ivanov! });
  const flat7 = await addPremise(t.db, a.orgId, buildingB, "7");
  await addLink(t.db, { orgId: a.orgId, premiseId: flat7.id, clientId: ids.petrova! });
  await t.db.update(clients).set({ lastSeenAt: new Date("2026-01-02") }).where(eq(clients.id, ids.petrova!));
});
afterAll(async () => t?.close());

const list = async (sp: Record<string, string> = {}, ctx = a.director, unidentified = false) =>
  listClients(ctx, parseListParams(sp), clientFiltersFrom(sp, unidentified));
const names = async (sp: Record<string, string> = {}) => (await list(sp)).rows.map((r) => r.name);

describe("clients list", () => {
  it("finds by name in any word order and by phone typed in any format", async () => {
    expect(await names({ q: "иван иванов" })).toEqual(["Иванов Иван"]);
    for (const q of ["+7 912 345-67-89", "89123456789", "8912345", "456-78", "6789"]) {
      expect(await names({ q }), q).toEqual(["Иванов Иван"]);
    }
    expect(await names({ q: "лютик" })).toEqual(["ООО «Лютик»"]);
  });

  it("lists each client's premises and never another organisation's clients", async () => {
    const { rows, total } = await list();
    expect(total).toEqual({ count: 3, exact: true, estimate: null });
    expect(rows.find((r) => r.id === ids.ivanov)?.premises).toEqual(["Москва, ул. Ленина, д. 5, кв. 12"]);
  });

  it("filters by building, entrance, floor, premise number, type, tag and status", async () => {
    expect(await names({ building: buildingB })).toEqual(["Петрова Анна"]);
    expect(await names({ entrance: "2", floor: "3" })).toEqual(["Иванов Иван"]);
    expect(await names({ premise: "7" })).toEqual(["Петрова Анна"]);
    expect(await names({ type: "legal_entity" })).toEqual(["ООО «Лютик»"]);
    const [tag] = await t.db.select().from(tags).where(eq(tags.name, "совет дома"));
    expect(await names({ tag: tag!.id })).toEqual(["Иванов Иван"]);
    expect(await names({ status: "blocked" })).toEqual([]);
    expect(await names({ building: "not-a-uuid" })).toHaveLength(3);
  });

  it("sorts by name, phone and last visit", async () => {
    expect(await names({ sort: "name" })).toEqual(["Иванов Иван", "ООО «Лютик»", "Петрова Анна"]);
    expect(await names({ sort: "name", dir: "desc" })).toEqual(["Петрова Анна", "ООО «Лютик»", "Иванов Иван"]);
    expect(await names({ sort: "phone" })).toEqual(["ООО «Лютик»", "Петрова Анна", "Иванов Иван"]);
    expect((await names({ sort: "lastSeen" }))[0]).toBe("Петрова Анна");
  });

  it("keeps clients known only by a phone on the «Неидентифицированные» tab", async () => {
    const { rows } = await list({}, a.director, true);
    expect(rows.map((r) => [r.name, r.phone])).toEqual([["+79990001122", "+79990001122"]]);
    expect((await names()).includes("+79990001122")).toBe(false);
  });

  it("shows an employee limited to some buildings only the clients linked there, and unlinked ones", async () => {
    const scoped = await addEmployee(t.db, a, { email: "scoped@test.local", permissions: ["registry.clients.view"], allBuildings: false });
    const { employeeBuildings } = await import("@/db/schema");
    await t.db.insert(employeeBuildings).values({ employeeId: scoped.id, buildingId: buildingA, orgId: a.orgId });
    const { contextFor } = await import("@/tests/support/fixtures");
    const ctx = await contextFor(t.db, scoped.id);
    expect((await list({ sort: "name" }, ctx)).rows.map((r) => r.name)).toEqual(["Иванов Иван", "ООО «Лютик»"]);
    expect((await findClients(ctx, "петрова", 10)).length).toBe(0);
  });

  it("suggests clients for linking by name or phone", async () => {
    expect(await findClients(a.director, "8 903 111", 10)).toEqual([{ id: ids.petrova, name: "Петрова Анна", phone: "+79031112233" }]);
    expect(await findClients(a.director, "", 10)).toEqual([]);
  });
});
