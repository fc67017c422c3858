import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legalEntities } from "@/db/schema";
import { accountFiltersFrom } from "@/lib/registry/accounts/account-filters";
import { listAccounts } from "@/lib/registry/accounts/list-accounts";
import { setAccountArchived } from "@/lib/registry/accounts/set-account-archived";
import { countRegistry } from "@/lib/registry/count-registry";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { link, makeAccount, makeBuilding, makeClient, makePremise, scopedEmployee } from "./premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
const ids: Record<string, string> = {};

const numbers = async (ctx: OrgFixture["director"], sp: Record<string, string> = {}) =>
  (await listAccounts(ctx, parseListParams(sp), accountFiltersFrom(sp))).rows.map((r) => r.number);

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  const [entity] = await t.db.insert(legalEntities).values({ orgId: a.orgId, name: "ООО Альфа", inn: "7707083893" }).returning();
  const north = await makeBuilding(a, "ул. Северная", "1");
  const south = await makeBuilding(a, "ул. Южная", "2");
  ids.north = north.id;
  ids.south = south.id;
  ids.entity = entity!.id;
  const flat1 = await makePremise(a.director, north.id, { number: "1" });
  const flat2 = await makePremise(a.director, north.id, { number: "2" });
  const flat3 = await makePremise(a.director, south.id, { number: "3" });
  const owner = await makeClient(a, "Собственников", "Пётр");
  const tenant = await makeClient(a, "Арендаторов", "Иван");
  await link(a.director, flat1.id, owner.id, "owner");
  await link(a.director, flat1.id, tenant.id, "tenant", owner.id);
  await makeAccount(a.director, flat1.id, "100001", { legalEntityId: entity!.id, els: "12АВ345678" });
  await makeAccount(a.director, flat2.id, "1000010", { hiddenInCabinet: true });
  await makeAccount(a.director, flat3.id, "20");
  ids.archived = (await makeAccount(a.director, flat3.id, "3")).id;
  await setAccountArchived(a.director, { id: ids.archived, archived: true });
  const bBuilding = await makeBuilding(b, "ул. Чужая", "9");
  await makeAccount(b.director, (await makePremise(b.director, bBuilding.id)).id, "100001");
});
afterAll(async () => t?.close());

describe("the accounts list", () => {
  it("lists the organisation's active accounts in natural order, each with premise, owners and legal entity", async () => {
    expect(await numbers(a.director)).toEqual(["20", "100001", "1000010"]);
    const { rows } = await listAccounts(a.director, parseListParams({ q: "100001" }));
    expect(rows[0]).toMatchObject({
      number: "100001",
      els: "12АВ345678",
      premiseNumber: "1",
      buildingAddress: expect.stringContaining("ул. Северная"),
      owners: "Собственников Пётр",
      legalEntityName: "ООО Альфа",
    });
  });

  it("puts the exact number first, then partial matches; finds by ЕЛС, owner and address", async () => {
    expect(await numbers(a.director, { q: "100001", dir: "desc" })).toEqual(["100001", "1000010"]);
    expect(await numbers(a.director, { q: "12ав" })).toEqual(["100001"]);
    expect(await numbers(a.director, { q: "собственников" })).toEqual(["100001"]);
    expect(await numbers(a.director, { q: "арендаторов" })).toEqual([]);
    expect(await numbers(a.director, { q: "Южная" })).toEqual(["20"]);
  });

  it("filters by building, legal entity and status", async () => {
    expect(await numbers(a.director, { building: ids.south! })).toEqual(["20"]);
    expect(await numbers(a.director, { legalEntity: ids.entity! })).toEqual(["100001"]);
    expect(await numbers(a.director, { status: "hidden" })).toEqual(["1000010"]);
    expect(await numbers(a.director, { status: "archived" })).toEqual(["3"]);
  });

  it("shows an employee limited to some buildings only their accounts, and another organisation nothing of A", async () => {
    const scoped = await scopedEmployee(t.db, a, [ids.south!]);
    expect(await numbers(scoped)).toEqual(["20"]);
    expect(await numbers(b.director)).toEqual(["100001"]);
    expect(await numbers(b.director, { building: ids.north! })).toEqual([]);
  });

  it("refuses a role that may not view premises", async () => {
    const bare = await addEmployee(t.db, a, { email: "bare-accounts@test.local", permissions: ["requests.view"] });
    await expect(listAccounts(bare.ctx, parseListParams({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the home page's counts", () => {
  it("count only what the employee sees, and nothing their role may not open", async () => {
    expect(await countRegistry(a.director)).toEqual({ buildings: 2, premises: 3, accounts: 3, clients: 2 });
    const scoped = await scopedEmployee(t.db, a, [ids.south!]);
    // Clients linked to no premise in scope are not counted; the two here live on ул. Северная.
    expect(await countRegistry(scoped)).toEqual({ buildings: 1, premises: 1, accounts: 1, clients: 0 });
    const executor = await addEmployee(t.db, a, { email: "executor-home@test.local", preset: "executor" });
    expect(await countRegistry(executor.ctx)).toEqual({ buildings: 2, premises: null, accounts: null, clients: null });
  });
});
