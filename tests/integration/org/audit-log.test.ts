import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { auditFiltersFrom } from "@/lib/audit/audit-filters";
import { auditActionLabel } from "@/lib/audit/audit-labels";
import { getAuditFilterOptions } from "@/lib/audit/get-audit-filter-options";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { auditRecordKey, nameAuditRecords } from "@/lib/audit/name-audit-records";
import { saveDirectoryEntry } from "@/lib/org/building-directories";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { link, makeAccount, makeBuilding, makeClient, makePremise } from "../registry/premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
const all = parseListParams({});

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  await saveDirectoryEntry(a.director, { kind: "group", name: "Север" });
  await saveDirectoryEntry(a.director, { kind: "quarter", name: "Квартал 1" });
  await saveDirectoryEntry(b.director, { kind: "group", name: "Бета-группа" });
});
afterAll(async () => t?.close());

describe("audit journal", () => {
  it("shows only the caller's organisation, newest first", async () => {
    const { rows, total } = await listAuditLog(a.director, all);
    expect(total).toEqual({ count: 3, exact: true, estimate: null });
    expect(rows.map((r) => r.action)).toEqual(["quarter.created", "building_group.created", "organisation.registered"]);
    expect(JSON.stringify(rows)).not.toContain("Бета");
    expect(rows[0]).toMatchObject({ actorId: a.directorId, after: { name: "Квартал 1" } });
  });

  it("filters by actor, including the system, and by entity type", async () => {
    const byDirector = await listAuditLog(a.director, all, auditFiltersFrom({ actor: a.directorId }));
    expect(byDirector.rows.map((r) => r.action)).toEqual(["quarter.created", "building_group.created"]);
    const bySystem = await listAuditLog(a.director, all, auditFiltersFrom({ actor: "system" }));
    expect(bySystem.rows.map((r) => r.action)).toEqual(["organisation.registered"]);
    const groups = await listAuditLog(a.director, all, auditFiltersFrom({ entity: "building_group" }));
    expect(groups.rows.map((r) => r.action)).toEqual(["building_group.created"]);
    // Another organisation's employee as the actor filter finds nothing here.
    expect((await listAuditLog(a.director, all, auditFiltersFrom({ actor: b.directorId }))).total.count).toBe(0);
  });

  it("filters by calendar days in the viewer's time zone", async () => {
    const [quarterRow] = (await listAuditLog(a.director, all, { entityType: "quarter" })).rows;
    // 23:30 UTC on 1 March 2000 is already 2 March in Moscow.
    await t.db.update(auditLog).set({ createdAt: new Date("2000-03-01T23:30:00Z") }).where(eq(auditLog.id, quarterRow?.id ?? 0));
    const moscow = { ...a.director, timezone: "Europe/Moscow" };
    const kaliningrad = { ...a.director, timezone: "Europe/Kaliningrad" };
    const day = (d: string) => auditFiltersFrom({ from: d, to: d });
    expect((await listAuditLog(moscow, all, day("2000-03-02"))).rows.map((r) => r.action)).toEqual(["quarter.created"]);
    expect((await listAuditLog(moscow, all, day("2000-03-01"))).total.count).toBe(0);
    expect((await listAuditLog(kaliningrad, all, day("2000-03-02"))).rows.map((r) => r.action)).toEqual(["quarter.created"]);
    expect((await listAuditLog(moscow, all, auditFiltersFrom({ to: "2000-03-01" }))).total.count).toBe(0);
    expect((await listAuditLog(moscow, all, auditFiltersFrom({ from: "2000-03-03" }))).total.count).toBe(2);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(auditFiltersFrom({ actor: "'; drop table", from: "вчера", to: "2026-13-40" })).toEqual({
      actor: undefined,
      entityType: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it("offers the organisation's employees and the entity types present as filter choices", async () => {
    const options = await getAuditFilterOptions(a.director);
    expect(options.actors.map((o) => o.label)).toEqual(["Система", "Директоров Альфа"]);
    expect(options.entityTypes).toEqual([
      { value: "building_group", label: "Группа объектов" },
      { value: "organisation", label: "Организация" },
      { value: "quarter", label: "Квартал" },
    ]);
  });

  it("names actions in Russian where it knows them", () => {
    expect(auditActionLabel("building.created")).toBe("Объект создан");
    expect(auditActionLabel("something.new")).toBe("something.new");
  });

  it("is closed to employees without the journal permission", async () => {
    const clerk = await addEmployee(t.db, a, { email: "clerk@alfa.test", permissions: ["settings.view"] });
    await expect(listAuditLog(clerk.ctx, all)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAuditFilterOptions(clerk.ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("names each record the way people know it, with a link to its card, and only within the organisation", async () => {
    const building = await makeBuilding(a, "ул. Журнальная", "7");
    const premise = await makePremise(a.director, building.id, { number: "12" });
    const client = await makeClient(a, "Записев", "Пётр");
    const account = await makeAccount(a.director, premise.id, "500700");
    const premiseLink = await link(a.director, premise.id, client.id);
    const foreign = await makeClient(b, "Чужой");
    const rows = [
      { entityType: "premise", entityId: premise.id },
      { entityType: "client", entityId: client.id },
      { entityType: "personal_account", entityId: account.id },
      { entityType: "premise_client", entityId: premiseLink.id },
      { entityType: "building", entityId: building.id },
      { entityType: "client", entityId: foreign.id },
    ];
    const names = await nameAuditRecords(a.director, rows);
    const name = (type: string, id: string) => names.get(auditRecordKey(type, id));
    expect(name("premise", premise.id)).toEqual({ name: "Казань, ул. Журнальная, д. 7, кв. 12", href: `/crm/premises/${premise.id}` });
    expect(name("client", client.id)).toEqual({ name: "Записев Пётр", href: `/crm/clients/${client.id}` });
    expect(name("personal_account", account.id)).toEqual({ name: "Лицевой счёт № 500700", href: `/crm/premises/${premise.id}` });
    expect(name("premise_client", premiseLink.id)?.name).toBe("Записев Пётр — Казань, ул. Журнальная, д. 7, кв. 12");
    expect(name("building", building.id)?.href).toBe(`/crm/buildings/${building.id}`);
    expect(name("client", foreign.id)).toBeUndefined();
  });
});
