import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, buildings, organisations, penaltyRates } from "@/db/schema";
import { billingSettingsSchema, buildingPaymentSettingsSchema } from "@/lib/billing/billing-settings-schema";
import { createPenaltyRate } from "@/lib/billing/penalty-rates/create-penalty-rate";
import { deletePenaltyRate } from "@/lib/billing/penalty-rates/delete-penalty-rate";
import { listPenaltyRates } from "@/lib/billing/penalty-rates/list-penalty-rates";
import { loadPenaltySchedule } from "@/lib/billing/penalty-rates/load-penalty-schedule";
import { penaltyRateCreateSchema } from "@/lib/billing/penalty-rates/penalty-rate-schema";
import { billingSettings, updateBillingSettings } from "@/lib/billing/update-billing-settings";
import { updateBuildingPaymentSettings } from "@/lib/billing/update-building-payment-settings";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;

const switches = { onlinePayment: false, arbitraryAmount: true, acceptWithoutInvoices: true, insuranceAfterFullRepayment: true, insuranceWithAdvance: false, penaltiesOneLine: true };

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Пени");
  b = await createOrg(t.db, "Чужие пени");
  buildingId = (await makeBuilding(a, "ул. Платёжная", "8")).id;
});
afterAll(() => t.close());

describe("building payment settings", () => {
  it("saves the six switches with an audit row; another organisation gets «не найден»", async () => {
    await updateBuildingPaymentSettings(a.director, buildingPaymentSettingsSchema.parse({ buildingId, ...switches }));
    const [row] = await t.db.select().from(buildings).where(eq(buildings.id, buildingId));
    expect(row).toMatchObject(switches);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, buildingId), eq(auditLog.action, "building.payment_settings_updated")));
    expect(audits[0]?.after).toMatchObject(switches);
    await expect(updateBuildingPaymentSettings(b.director, { buildingId, ...switches, onlinePayment: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("needs finance.tariffs.edit", async () => {
    const viewer = await addEmployee(t.db, a, { email: `viewer-${Date.now()}@test.local`, permissions: ["settings.view"] });
    await expect(updateBuildingPaymentSettings(viewer.ctx, { buildingId, ...switches })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("organisation billing settings", () => {
  it("defaults to the 5th and the 15th (ЖК РФ ст. 155 from 01.03.2026) and saves new days and switches", async () => {
    expect(await billingSettings(a.director)).toEqual({ paymentDueDay: 15, documentDay: 5, penaltyCountsPaymentDay: true, penaltyDueDayOnTime: true });
    await updateBillingSettings(a.director, billingSettingsSchema.parse({ paymentDueDay: "20", documentDay: "3", penaltyCountsPaymentDay: false, penaltyDueDayOnTime: false }));
    const [org] = await t.db.select().from(organisations).where(eq(organisations.id, a.orgId));
    expect(org).toMatchObject({ paymentDueDay: 20, documentDay: 3, penaltyCountsPaymentDay: false, penaltyDueDayOnTime: false });
    const [other] = await t.db.select().from(organisations).where(eq(organisations.id, b.orgId));
    expect(other?.paymentDueDay).toBe(15);
  });

  it("refuses a day beyond 28", () => {
    expect(billingSettingsSchema.safeParse({ paymentDueDay: "31", documentDay: "5", penaltyCountsPaymentDay: true, penaltyDueDayOnTime: true }).success).toBe(false);
  });
});

describe("penalty rates", () => {
  it("adds an own key rate that the schedule returns beside the product's rows, and only the owner sees or deletes it", async () => {
    const product = await loadPenaltySchedule(t.db, b.orgId);
    expect(product.find((r) => r.kind === "cap")).toEqual({ kind: "cap", validFrom: "2022-02-28", validTo: "2027-01-01", rateBp: 950, debtsBefore: null });
    expect(product.find((r) => r.kind === "moratorium" && r.debtsBefore)).toMatchObject({ validFrom: "2022-04-01", debtsBefore: "2022-04-01", rateBp: null });

    const own = await createPenaltyRate(a.director, penaltyRateCreateSchema.parse({ kind: "key_rate", validFrom: "2026-12-21", rate: "15,5", note: "Решение Банка России" }));
    expect((await loadPenaltySchedule(t.db, a.orgId)).length).toBe(product.length + 1);
    expect(await loadPenaltySchedule(t.db, b.orgId)).toHaveLength(product.length);
    expect((await listPenaltyRates(a.director)).find((r) => r.id === own!.id)).toMatchObject({ own: true, rateBp: 1550 });
    expect((await listPenaltyRates(a.director)).filter((r) => !r.own)).toHaveLength(product.length);

    await expect(deletePenaltyRate(b.director, { id: own!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const productRow = (await listPenaltyRates(a.director)).find((r) => !r.own)!;
    await expect(deletePenaltyRate(a.director, { id: productRow.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deletePenaltyRate(a.director, { id: own!.id });
    expect(await t.db.select().from(penaltyRates).where(eq(penaltyRates.id, own!.id))).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, own!.id));
    expect(audits.map((r) => r.action).sort()).toEqual(["penalty_rate.created", "penalty_rate.deleted"]);
  });
});
