import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildings, meters } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { listMeters } from "@/lib/meters/list-meters";
import { meterFiltersFrom, type MeterFilters } from "@/lib/meters/meter-filters";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, pastReadings } from "@/tests/support/meter-fixtures";
import { link, makeAccount, makeBuilding, makeClient, makePremise, scopedEmployee } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let lenina: string;
let sadovaya: string;
let today: string;
const ids = {} as Record<"hot10" | "cold10" | "cold2" | "power7" | "common" | "faulty" | "retired", string>;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const serialsOf = async (q?: string, filters: MeterFilters = {}, extra: { sort?: string; dir?: "asc" | "desc" } = {}) =>
  (await listMeters(a.director, { page: 1, size: 100, dir: extra.dir ?? "asc", sort: extra.sort, q }, filters)).rows.map((r) => r.serialNumber);

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Приборная");
  b = await createOrg(t.db, "Чужие приборы");
  today = todayIn("Europe/Moscow");
  lenina = (await makeBuilding(a, "ул. Ленина", "5")).id;
  sadovaya = (await makeBuilding(a, "ул. Садовая", "12")).id;
  const flat2 = await makePremise(a.director, lenina, { number: "2" });
  const flat10 = await makePremise(a.director, lenina, { number: "10" });
  const flat7 = await makePremise(a.director, sadovaya, { number: "7" });
  const account = await makeAccount(a.director, flat10.id, "700123");
  await link(a.director, flat10.id, (await makeClient(a, "Петрова")).id, "owner");
  ids.hot10 = (await makeMeter(a.director, { premiseId: flat10.id }, { resource: "hot_water", serialNumber: "ГВ-10", accountId: account.id })).id;
  ids.cold10 = (await makeMeter(a.director, { premiseId: flat10.id }, { serialNumber: "ХВ-10", nextVerificationOn: addDays(today, 20) })).id;
  ids.cold2 = (await makeMeter(a.director, { premiseId: flat2.id }, { serialNumber: "ХВ-2", nextVerificationOn: addDays(today, -1) })).id;
  ids.power7 = (await makeMeter(a.director, { premiseId: flat7.id }, { resource: "electricity", zones: 2, serialNumber: "ЭЛ 77-01", nextVerificationOn: addDays(today, 100), initialReadings: { day: "100", night: "40" } })).id;
  ids.common = (await makeMeter(a.director, { buildingId: sadovaya }, { resource: "heating", serialNumber: "ОДПУ-1" })).id;
  ids.faulty = (await makeMeter(a.director, { premiseId: flat7.id }, { resource: "gas", serialNumber: "ГАЗ-7" })).id;
  ids.retired = (await makeMeter(a.director, { premiseId: flat7.id }, { serialNumber: "СТАРЫЙ-7" })).id;
  await t.db.update(meters).set({ status: "faulty" }).where(eq(meters.id, ids.faulty));
  await t.db.update(meters).set({ status: "decommissioned" }).where(eq(meters.id, ids.retired));
  await pastReadings(t.db, a.orgId, ids.cold10, { "2026-01": "15,5", "2026-02": "17,25" });
  const otherBuilding = (await makeBuilding(b, "ул. Ленина", "5")).id;
  await makeMeter(b.director, { premiseId: (await makePremise(b.director, otherBuilding, { number: "10" })).id }, { serialNumber: "ХВ-10" });
});
afterAll(() => t.close());

describe("«Приборы учёта» list", () => {
  it("lists the meters in service by address (2 before 10, the common-house meter after the flats), resource, serial", async () => {
    expect(await serialsOf()).toEqual(["ХВ-2", "ХВ-10", "ГВ-10", "ЭЛ 77-01", "ГАЗ-7", "ОДПУ-1"]);
    expect(await serialsOf(undefined, {}, { dir: "desc" })).toEqual(["ОДПУ-1", "ГАЗ-7", "ЭЛ 77-01", "ГВ-10", "ХВ-10", "ХВ-2"]);
  });

  it("keeps the address order when a building is renamed", async () => {
    // Straight SQL: the triggers keep the key whichever path renames the building.
    await t.db.update(buildings).set({ street: "ул. Абрикосовая" }).where(eq(buildings.id, sadovaya));
    expect(await serialsOf()).toEqual(["ЭЛ 77-01", "ГАЗ-7", "ОДПУ-1", "ХВ-2", "ХВ-10", "ГВ-10"]);
    await t.db.update(buildings).set({ street: "ул. Садовая" }).where(eq(buildings.id, sadovaya));
  });

  it("shows the account, the owners' surnames, the last reading per zone and the effective status", async () => {
    const { rows } = await listMeters(a.director, { page: 1, size: 100, dir: "asc" });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids.hot10)).toMatchObject({ accountNumber: "700123", owners: "Петрова", premiseNumber: "10" });
    expect(byId.get(ids.cold10)?.lastReadings).toMatchObject([{ zone: "single", value: 17250n, period: "2026-02" }]);
    expect(byId.get(ids.power7)?.lastReadings.map((r) => [r.zone, r.value])).toEqual([
      ["day", 100000n],
      ["night", 40000n],
    ]);
    expect(byId.get(ids.cold2)).toMatchObject({ status: "working", effectiveStatus: "verification_expired", owners: null });
    expect(byId.get(ids.common)).toMatchObject({ premiseId: null, buildingAddress: expect.stringContaining("Садовая") });
  });

  it("finds a meter by serial in part (spaces and dashes ignored), address, account number and owner surname", async () => {
    expect(await serialsOf("7701")).toEqual(["ЭЛ 77-01"]);
    expect(await serialsOf("эл-77")).toEqual(["ЭЛ 77-01"]);
    expect(await serialsOf("Ленина 5 10")).toEqual(["ХВ-10", "ГВ-10"]);
    expect(await serialsOf("700123")).toEqual(["ХВ-10", "ГВ-10"]);
    expect(await serialsOf("Петрова")).toEqual(["ХВ-10", "ГВ-10"]);
    expect(await serialsOf("Садовая")).toEqual(["ЭЛ 77-01", "ГАЗ-7", "ОДПУ-1"]);
  });

  it("filters by building, resource and effective status; «поверка истекла» includes a passed date", async () => {
    expect(await serialsOf(undefined, { buildingId: lenina, resource: "cold_water" })).toEqual(["ХВ-2", "ХВ-10"]);
    expect(await serialsOf(undefined, { status: "verification_expired" })).toEqual(["ХВ-2"]);
    expect(await serialsOf(undefined, { status: "working" })).toEqual(["ХВ-10", "ГВ-10", "ЭЛ 77-01", "ОДПУ-1"]);
    expect(await serialsOf(undefined, { status: "faulty" })).toEqual(["ГАЗ-7"]);
    expect(await serialsOf(undefined, { status: "decommissioned" })).toEqual(["СТАРЫЙ-7"]);
  });

  it("filters meters whose verification falls within the next N days, and sorts by that date", async () => {
    expect(await serialsOf(undefined, { dueWithinDays: 30 })).toEqual(["ХВ-10"]);
    expect(await serialsOf(undefined, { dueWithinDays: 180 })).toEqual(["ХВ-10", "ЭЛ 77-01"]);
    expect((await serialsOf(undefined, {}, { sort: "verification" })).slice(0, 3)).toEqual(["ХВ-2", "ХВ-10", "ЭЛ 77-01"]);
  });

  it("reads filters from the URL and ignores junk", () => {
    expect(meterFiltersFrom({ resource: "gas", status: "faulty", due: "30", building: lenina })).toEqual({ resource: "gas", status: "faulty", dueWithinDays: 30, buildingId: lenina, premiseId: undefined });
    expect(meterFiltersFrom({ resource: "wine", status: "x", due: "-5", building: "1" })).toEqual({ resource: undefined, status: undefined, dueWithinDays: undefined, buildingId: undefined, premiseId: undefined });
  });

  it("shows an employee only the meters of their buildings, and another organisation's never", async () => {
    const scoped = await scopedEmployee(t.db, a, [sadovaya]);
    scoped.permissions = new Set([...scoped.permissions, "finance.readings.view"]);
    const { rows } = await listMeters(scoped, { page: 1, size: 100, dir: "asc" });
    expect(rows.map((r) => r.serialNumber)).toEqual(["ЭЛ 77-01", "ГАЗ-7", "ОДПУ-1"]);
    expect((await listMeters(b.director, { page: 1, size: 100, dir: "asc" })).rows.map((r) => r.serialNumber)).toEqual(["ХВ-10"]);
  });

  it("refuses an employee without «Показания приборов учёта»", async () => {
    const scoped = await scopedEmployee(t.db, a, [lenina]);
    await expect(listMeters(scoped, { page: 1, size: 10, dir: "asc" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
