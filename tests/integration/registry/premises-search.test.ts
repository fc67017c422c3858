import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "@/lib/core/context";
import { archivePremise } from "@/lib/registry/premises/archive-premise";
import { listPremises } from "@/lib/registry/premises/list-premises";
import type { PremiseFilters } from "@/lib/registry/premises/premise-filters";
import { setPremiseTags } from "@/lib/registry/tags/set-tags";
import { listTags } from "@/lib/registry/tags/list-tags";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { link, makeAccount, makeBuilding, makeClient, makePremise, scopedEmployee } from "./premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  const lenina5 = await makeBuilding(a, "ул. Ленина", "5");
  const lenina7 = await makeBuilding(a, "ул. Ленина", "7");
  const mira = await makeBuilding(a, "пр. Мира", "12");
  ids.lenina5 = lenina5.id;
  ids.mira = mira.id;
  const ctx = a.director;
  for (const [key, building, number, totalArea] of [
    ["l5f12", lenina5.id, "12", "60"],
    ["l5f2", lenina5.id, "2", "30.5"],
    ["l5f10", lenina5.id, "10", null],
    ["l7f12", lenina7.id, "12", "45"],
    ["m12f1", mira.id, "1", "80"],
  ] as const) {
    ids[key] = (await makePremise(ctx, building, { number, totalArea })).id;
  }
  ids.parking = (await makePremise(ctx, lenina5.id, { type: "parking", number: "12" })).id;
  await makeAccount(ctx, ids.m12f1!, "7700123456");
  const owner = await makeClient(a, "Смирнова", "Ольга", "+79161234567");
  ids.owner = owner.id;
  await link(ctx, ids.l7f12!, owner.id);
  // Organisation B has the same address: it must never show up for A.
  const bLenina = await makeBuilding(b, "ул. Ленина", "5");
  await makePremise(b.director, bLenina.id, { number: "12" });
});
afterAll(async () => t?.close());

const search = async (q: string, filters: PremiseFilters = {}, ctx: StaffContext = a.director, extra: Record<string, string> = {}) =>
  listPremises(ctx, parseListParams({ q, ...extra }), filters);
const found = async (q: string, filters: PremiseFilters = {}) => (await search(q, filters)).rows.map((r) => r.id).sort();

describe("premises search", () => {
  it("«Ленина 5 12»: street, house and number together", async () => {
    expect(await found("Ленина 5 12")).toEqual([ids.l5f12, ids.parking].sort());
    expect(await found("ул. Ленина, д. 5, кв. 12")).toEqual([ids.l5f12, ids.parking].sort());
  });

  it("«12»: the premise number in every building, or account/client matches", async () => {
    expect(await found("12")).toEqual([ids.l5f12, ids.l7f12, ids.parking].sort());
  });

  it("«Ленина 5»: every premise of that house", async () => {
    expect(await found("Ленина 5")).toEqual([ids.l5f12, ids.l5f2, ids.l5f10, ids.parking].sort());
  });

  it("«5 12»: house and number without the street", async () => {
    expect(await found("5 12")).toEqual([ids.l5f12, ids.parking].sort());
  });

  it("by personal account number and by client name or phone", async () => {
    expect(await found("7700123456")).toEqual([ids.m12f1]);
    expect(await found("77001")).toEqual([ids.m12f1]);
    expect(await found("Смирнова")).toEqual([ids.l7f12]);
    expect(await found("ольга смирнова")).toEqual([ids.l7f12]);
    expect(await found("8 916 123-45-67")).toEqual([ids.l7f12]);
  });

  it("never finds another organisation's premises", async () => {
    const page = await search("Ленина 5 12");
    expect(page.rows.every((r) => r.buildingAddress.startsWith("Казань"))).toBe(true);
    expect(page.total.count).toBe(2);
  });

  it("filters by building, type, client and tag", async () => {
    expect(await found("", { buildingId: ids.mira })).toEqual([ids.m12f1]);
    expect(await found("", { type: "parking" })).toEqual([ids.parking]);
    expect(await found("", { clientId: ids.owner })).toEqual([ids.l7f12]);
    await setPremiseTags(a.director, { premiseId: ids.l5f2!, names: ["Угловая"] });
    const [tag] = await listTags(a.director);
    expect(await found("", { tagId: tag!.id })).toEqual([ids.l5f2]);
  });

  it("sorts by address with numbers in natural order, and by area", async () => {
    const lenina5 = await search("", { buildingId: ids.lenina5, type: "flat" });
    expect(lenina5.rows.map((r) => r.number)).toEqual(["2", "10", "12"]);
    const byArea = await search("", { type: "flat" }, a.director, { sort: "area", dir: "desc" });
    expect(byArea.rows.map((r) => r.totalArea)).toEqual(["80.00", "60.00", "45.00", "30.50", null]);
  });

  it("shows an employee limited to some buildings only their premises", async () => {
    const scoped = await scopedEmployee(t.db, a, [ids.mira!]);
    expect((await search("", {}, scoped)).rows.map((r) => r.id)).toEqual([ids.m12f1]);
    expect((await search("Ленина 5 12", {}, scoped)).total.count).toBe(0);
  });

  it("lists the accounts and clients of each premise", async () => {
    const [row] = (await search("7700123456")).rows;
    expect(row?.accounts).toBe("7700123456");
    const [linked] = (await search("Смирнова")).rows;
    expect(linked?.clients).toBe("Смирнова Ольга");
  });

  it("puts the premise whose account number is exactly the text first, before phone and account-prefix matches", async () => {
    const early = await makeBuilding(a, "ул. Абрикосовая", "1");
    const late = await makeBuilding(a, "ул. Яблочная", "1");
    const exact = await makePremise(a.director, late.id, { number: "1" });
    await makeAccount(a.director, exact.id, "100001");
    const prefixed = await makePremise(a.director, early.id, { number: "1" });
    await makeAccount(a.director, prefixed.id, "1000017");
    for (const [n, name] of [["2", "Петров"], ["3", "Сидоров"]] as const) {
      const byPhone = await makePremise(a.director, early.id, { number: n });
      await link(a.director, byPhone.id, (await makeClient(a, name, "Тест", `+7916100001${n}`)).id);
    }
    const page = await search("100001");
    expect(page.rows).toHaveLength(4);
    expect(page.rows[0]?.id).toBe(exact.id);
    // The rest keep the address order.
    expect(page.rows.slice(1).map((r) => r.buildingAddress.includes("Абрикосовая"))).toEqual([true, true, true]);
  });

  it("reads an address query from buildings only: a street that exists is not also looked up among client names", async () => {
    const street = await makeBuilding(a, "ул. Гончарова", "3");
    const onStreet = await makePremise(a.director, street.id, { number: "1" });
    const elsewhere = await makePremise(a.director, ids.mira!, { number: "77" });
    await link(a.director, elsewhere.id, (await makeClient(a, "Гончарова", "Анна")).id);
    expect(await found("Гончарова")).toEqual([onStreet.id]);
    // A surname that is no street still finds the client's premise.
    expect(await found("Смирнова")).toEqual([ids.l7f12]);
  });

  it("finds an account whole in any case, by its start, by ЕЛС, and an archived premise by its archived account", async () => {
    const building = await makeBuilding(a, "ул. Вишнёвая", "4");
    const lettered = await makePremise(a.director, building.id, { number: "1" });
    await makeAccount(a.director, lettered.id, "ЛС-00987", { els: "12АБ345678" });
    expect(await found("ЛС-00987")).toEqual([lettered.id]);
    expect(await found("лс-009")).toEqual([lettered.id]);
    expect(await found("12аб345678")).toEqual([lettered.id]);
    const archived = await makePremise(a.director, building.id, { number: "2" });
    await makeAccount(a.director, archived.id, "5550001");
    await archivePremise(a.director, { id: archived.id });
    expect(await found("5550001")).toEqual([]);
    expect(await found("5550001", { status: "archived" })).toEqual([archived.id]);
    expect(await found("55500", { status: "archived" })).toEqual([archived.id]);
  });
});
