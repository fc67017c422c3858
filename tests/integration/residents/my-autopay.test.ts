import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, autopaySettings, clients, legalEntities, paymentGateways, savedPaymentMethods } from "@/db/schema";
import { autopaySettingsSchema } from "@/lib/residents/autopay/autopay-schema";
import { listMyAutopay } from "@/lib/residents/autopay/list-my-autopay";
import { saveMyAutopay } from "@/lib/residents/autopay/save-my-autopay";
import { switchOffMyAutopay } from "@/lib/residents/autopay/switch-off-my-autopay";
import { makeInvoice } from "@/tests/support/billing-fixtures";
import { addAccount, addClient, addLink, addPremise, nextTestPhone, orgWithBuilding, residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: Awaited<ReturnType<typeof orgWithBuilding>>;
let gatewayId: string;
let flat = 1;

beforeAll(async () => {
  t = await createTestDb();
  org = await orgWithBuilding(t.db, "Настроечная");
  const [entity] = await t.db.insert(legalEntities).values({ orgId: org.orgId, name: "ООО «Тест»", inn: "7707083893" }).returning();
  const [gateway] = await t.db.insert(paymentGateways).values({ orgId: org.orgId, legalEntityId: entity!.id, provider: "sandbox", name: "Тестовый" }).returning();
  gatewayId = gateway!.id;
});
afterAll(() => t?.close());

/** A resident with a flat (with an issued invoice when `invoiced`), an email in the profile and a saved card. */
async function resident(invoiced = true) {
  const phone = nextTestPhone();
  const premise = await addPremise(t.db, org.orgId, org.buildingId, String(flat++));
  const account = await addAccount(t.db, { orgId: org.orgId, premiseId: premise.id, number: `НС-${flat}` });
  const client = await addClient(t.db, org.orgId, { lastName: "Настройкин", phone });
  const email = `me${flat}@test.local`;
  await t.db.update(clients).set({ email }).where(eq(clients.id, client.id));
  await addLink(t.db, { orgId: org.orgId, premiseId: premise.id, clientId: client.id, basis: "owner" });
  if (invoiced) await makeInvoice(t.db, org.orgId, { buildingId: org.buildingId, premiseId: premise.id, accountId: account.id, status: "issued" });
  const [card] = await t.db.insert(savedPaymentMethods).values({ orgId: org.orgId, clientId: client.id, gatewayId, providerMethodId: `pm-s-${flat}`, title: "•••• 1111" }).returning();
  return { phone, email, premise, client, card: card!, ctx: await residentContext(t.db, phone) };
}

const input = (premiseId: string, savedMethodId: string, extra: Record<string, unknown> = {}) =>
  autopaySettingsSchema.parse({ premiseId, savedMethodId, invoiceTypes: ["utilities"], mode: "after_issue", daysAfterIssue: "3", monthlyLimit: "5 000,50", email: "", ...extra });

describe("«Автоплатёж» in the cabinet", () => {
  it("lists only invoiced premises with the resident's cards and profile email, and saves, changes and switches off", async () => {
    const me = await resident();
    const bare = await resident(false);
    await addLink(t.db, { orgId: org.orgId, premiseId: bare.premise.id, clientId: me.client.id, basis: "owner" });
    const listed = await listMyAutopay(me.ctx);
    expect(listed.map((p) => p.premiseId)).toEqual([me.premise.id]);
    expect(listed[0]).toMatchObject({ setting: null, cards: [{ id: me.card.id, title: "•••• 1111" }], profileEmail: me.email });

    const { id } = await saveMyAutopay(me.ctx, input(me.premise.id, me.card.id));
    await saveMyAutopay(me.ctx, input(me.premise.id, me.card.id, { mode: "day_of_month", dayOfMonth: "31", monthlyLimit: "" }));
    const [row] = await t.db.select().from(autopaySettings).where(eq(autopaySettings.id, id));
    expect(row).toMatchObject({ mode: "day_of_month", dayOfMonth: 31, daysAfterIssue: null, monthlyLimitKopecks: null, isActive: true, email: null });

    await switchOffMyAutopay(me.ctx, me.premise.id);
    expect((await listMyAutopay(me.ctx))[0]!.setting).toMatchObject({ isActive: false, mode: "day_of_month" });
    await expect(switchOffMyAutopay(me.ctx, me.premise.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["autopay.saved", "autopay.saved", "autopay.switched_off"]);
  });

  it("refuses another resident's premise or card as «не найдено»", async () => {
    const me = await resident();
    const other = await resident();
    await expect(saveMyAutopay(me.ctx, input(other.premise.id, me.card.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveMyAutopay(me.ctx, input(me.premise.id, other.card.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.db.update(savedPaymentMethods).set({ removedAt: new Date() }).where(eq(savedPaymentMethods.id, me.card.id));
    await expect(saveMyAutopay(me.ctx, input(me.premise.id, me.card.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(switchOffMyAutopay(me.ctx, other.premise.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.$count(autopaySettings, eq(autopaySettings.premiseId, other.premise.id))).toBe(0);
  });

  it("takes insurance only together with ЖКУ, and a limit only in roubles and kopecks", () => {
    const base = { premiseId: crypto.randomUUID(), savedMethodId: crypto.randomUUID(), mode: "after_issue", daysAfterIssue: "0" };
    const insurance = autopaySettingsSchema.safeParse({ ...base, invoiceTypes: ["insurance"] });
    expect(insurance.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["invoiceTypes", "Страхование оплачивается автоматически только вместе со счетами ЖКУ"]]);
    expect(autopaySettingsSchema.safeParse({ ...base, invoiceTypes: ["utilities", "insurance"] }).success).toBe(true);
    expect(autopaySettingsSchema.safeParse({ ...base, invoiceTypes: ["utilities"], monthlyLimit: "12.345" }).error?.issues[0]?.path).toEqual(["monthlyLimit"]);
    expect(autopaySettingsSchema.safeParse({ ...base, invoiceTypes: ["other"] }).success).toBe(false);
    expect(autopaySettingsSchema.parse({ ...base, invoiceTypes: ["utilities"], monthlyLimit: "5 000,50" }).monthlyLimit).toBe(500_050n);
  });
});
