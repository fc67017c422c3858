import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, bankAccounts, legalEntities, tariffPrices, tariffs } from "@/db/schema";
import { createTariff } from "@/lib/billing/tariffs/create-tariff";
import { deleteTariff } from "@/lib/billing/tariffs/delete-tariff";
import { listBuildingTariffs } from "@/lib/billing/tariffs/list-building-tariffs";
import { tariffCreateSchema, tariffUpdateSchema } from "@/lib/billing/tariffs/tariff-schema";
import { updateTariff } from "@/lib/billing/tariffs/update-tariff";
import type { StaffContext } from "@/lib/core/context";
import { listParamsSchema } from "@/lib/table/list-params";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { employeeBuildings } from "@/db/schema";
import { validInn } from "@/tests/support/valid-inn";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;
let otherBuildingId: string;
let payee: { legalEntityId: string; bankAccountId: string };
let foreignAccountId: string;

let innSeq = 1;
async function makePayee(org: OrgFixture, name: string) {
  const [entity] = await t.db.insert(legalEntities).values({ orgId: org.orgId, name, inn: validInn(innSeq++) }).returning();
  const [account] = await t.db
    .insert(bankAccounts)
    .values({ orgId: org.orgId, legalEntityId: entity!.id, bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225" })
    .returning();
  return { legalEntityId: entity!.id, bankAccountId: account!.id };
}

const fields = () => ({ ...payee, name: "Холодное водоснабжение", code: "ХВС", type: "utility", unit: "м³", method: "meter", resource: "cold_water", price1: "42,15", validFrom: "2026-01-01" });
const create = (ctx: StaffContext, input: Record<string, unknown> = {}) => createTariff(ctx, tariffCreateSchema.parse({ ...fields(), buildingId, ...input }));
const update = (ctx: StaffContext, id: string, input: Record<string, unknown> = {}) => updateTariff(ctx, tariffUpdateSchema.parse({ ...fields(), id, ...input }));
const list = (ctx: StaffContext, q?: string) => listBuildingTariffs(ctx, buildingId, listParamsSchema.parse({ q }));
const pricesOf = (tariffId: string) => t.db.select().from(tariffPrices).where(eq(tariffPrices.tariffId, tariffId)).orderBy(tariffPrices.validFrom);

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Тарифная");
  b = await createOrg(t.db, "Чужие тарифы");
  buildingId = (await makeBuilding(a, "ул. Тарифная", "1")).id;
  otherBuildingId = (await makeBuilding(a, "ул. Тарифная", "2")).id;
  payee = await makePayee(a, "ООО Тарифная");
  foreignAccountId = (await makePayee(a, "ООО Другое юрлицо")).bankAccountId;
});
afterAll(() => t.close());

describe("tariffs of a building", () => {
  it("creates a tariff with its first price, lists it with the price in force and writes an audit row", async () => {
    const tariff = await create(a.director, { name: "Горячая вода", code: "ГВС-1", resource: "hot_water", price1: "250,1234", vatIncluded: true });
    expect(await pricesOf(tariff.id)).toMatchObject([{ validFrom: "2026-01-01", price1E4: 2501234n, price2E4: null }]);
    const { rows } = await list(a.director, "гвс-1");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Горячая вода", type: "Коммунальные", method: "По прибору учёта", price: "250,1234 ₽", vat: "НДС 22 %", legalEntity: "ООО Тарифная" });
    // The search looks through formatted columns too: the price and the VAT as shown.
    expect((await list(a.director, "250,12")).rows.map((r) => r.id)).toEqual([tariff.id]);
    expect((await list(a.director, "НДС 22")).rows.map((r) => r.id)).toContain(tariff.id);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, tariff.id), eq(auditLog.action, "tariff.created")));
    expect(audits).toHaveLength(1);
  });

  it("adds a price row for a new date and keeps the old one; the same date corrects that row", async () => {
    const tariff = await create(a.director, { name: "Водоотведение" });
    await update(a.director, tariff.id, { name: "Водоотведение", price1: "45", validFrom: "2026-07-01" });
    expect((await pricesOf(tariff.id)).map((p) => [p.validFrom, p.price1E4])).toEqual([
      ["2026-01-01", 421500n],
      ["2026-07-01", 450000n],
    ]);
    await update(a.director, tariff.id, { name: "Водоотведение", price1: "46,5", validFrom: "2026-07-01" });
    expect((await pricesOf(tariff.id)).map((p) => [p.validFrom, p.price1E4])).toEqual([
      ["2026-01-01", 421500n],
      ["2026-07-01", 465000n],
    ]);
    const [row] = (await list(a.director, "Водоотведение")).rows;
    expect(row?.history.map((h) => [h.validFrom, h.price])).toEqual([
      ["01.07.2026", "46,50 ₽"],
      ["01.01.2026", "42,15 ₽"],
    ]);
  });

  it("refuses a bank account of another legal entity, and another organisation's building or tariff", async () => {
    await expect(create(a.director, { bankAccountId: foreignAccountId })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { bankAccountId: ["Выберите расчётный счёт этого юрлица"] } });
    const tariff = await create(a.director, { name: "Электроэнергия", unit: "кВт·ч", resource: "electricity", zones: "2", price2: "3,1" });
    await expect(createTariff(b.director, tariffCreateSchema.parse({ ...fields(), buildingId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateTariff(b.director, tariffUpdateSchema.parse({ ...fields(), id: tariff.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteTariff(b.director, { id: tariff.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listBuildingTariffs(b.director, buildingId, listParamsSchema.parse({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps an employee to their buildings and to finance.tariffs.edit for changes", async () => {
    const tariff = await create(a.director, { name: "Отопление", resource: "heating", unit: "Гкал" });
    const reader = await addEmployee(t.db, a, { email: `reader-${Date.now()}@test.local`, permissions: ["registry.premises.view"], allBuildings: false });
    await t.db.insert(employeeBuildings).values({ employeeId: reader.id, buildingId: otherBuildingId, orgId: a.orgId });
    const { contextFor } = await import("@/tests/support/fixtures");
    const ctx = await contextFor(t.db, reader.id);
    await expect(list(ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t.db.insert(employeeBuildings).values({ employeeId: reader.id, buildingId, orgId: a.orgId });
    const sees = await contextFor(t.db, reader.id);
    expect((await list(sees, "Отопление")).rows).toHaveLength(1);
    await expect(update(sees, tariff.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("deletes by archiving: the row stays for invoices, the list and further edits no longer see it", async () => {
    const tariff = await create(a.director, { name: "Вывоз ТКО", method: "fixed", resource: "", unit: "помещение", type: "other" });
    await deleteTariff(a.director, { id: tariff.id });
    const [kept] = await t.db.select().from(tariffs).where(eq(tariffs.id, tariff.id));
    expect(kept?.archivedAt).toBeInstanceOf(Date);
    expect((await list(a.director, "ТКО")).rows).toHaveLength(0);
    await expect(update(a.director, tariff.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, tariff.id), eq(auditLog.action, "tariff.archived")));
    expect(audits).toHaveLength(1);
  });
});
