import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportKinds } from "@/lib/exchange/export-kinds";
import { getPaymentCard } from "@/lib/payments/list/get-payment-card";
import { invoicePayments } from "@/lib/payments/list/invoice-payments";
import { listPayments } from "@/lib/payments/list/list-payments";
import { paymentFiltersFrom } from "@/lib/payments/list/payment-filters";
import { parseListParams } from "@/lib/table/list-params";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeGateway, makePayment } from "@/tests/support/payment-fixtures";
import { makeAccount, makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let first: { buildingId: string; accountId: string; accountNumber: string; invoiceId: string };
let second: { buildingId: string; accountId: string };
let gatewayId: string;
let payee: Awaited<ReturnType<typeof makePayee>>;

async function place(o: OrgFixture, street: string, number: string) {
  const building = await makeBuilding(o, street, "1");
  const premise = await makePremise(o.director, building.id, { number: "1" });
  const account = await makeAccount(o.director, premise.id, number);
  const tariff = (await makeTariff(t.db, o.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId: building.id })).id;
  const invoice = await makeInvoice(t.db, o.orgId, { buildingId: building.id, premiseId: premise.id, accountId: account.id, status: "issued", type: "utilities" }, [{ tariffId: tariff }]);
  return { buildingId: building.id, accountId: account.id, accountNumber: number, invoiceId: invoice.id };
}

const list = (ctx = org.director, tab: "online" | "thirdParty" = "online", query: Record<string, string> = {}) => listPayments(ctx, tab, parseListParams(query), paymentFiltersFrom(query));

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Платежи");
  other = await createOrg(t.db, "Чужие платежи");
  payee = await makePayee(t.db, org.orgId);
  gatewayId = (await makeGateway(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, "sandbox", { secret: "sandbox-key" }, { name: "Тестовый шлюз", commissionBp: 150 })).id;
  first = await place(org, "Платёжная", "ЛС-ПЛ-1");
  second = await place(org, "Вторая", "ЛС-ПЛ-2");
  // First: one booked online payment of 300,00 ₽ and a pending one; second: a booked API payment.
  await makePayment(t.db, org.orgId, { ...first, amountKopecks: 30_000n, gatewayId, payerName: "Иванов Иван" });
  await makePayment(t.db, org.orgId, { ...first, amountKopecks: 10_000n, gatewayId, payerName: "Иванов Иван", pending: true });
  await makePayment(t.db, org.orgId, { ...second, amountKopecks: 20_000n, source: "api" });
  const foreignBuilding = await makeBuilding(other, "Чужая", "9");
  const foreignPremise = await makePremise(other.director, foreignBuilding.id, { number: "1" });
  const foreignAccount = await makeAccount(other.director, foreignPremise.id, "ЛС-ЧУЖ-1");
  await makePayment(t.db, other.orgId, { buildingId: foreignBuilding.id, accountId: foreignAccount.id, amountKopecks: 5_000n, source: "api" });
});
afterAll(() => t.close());

describe("«Платежи»", () => {
  it("splits online and third-party payments into their tabs, with the columns of the table", async () => {
    const online = await list();
    expect(online.rows).toHaveLength(2);
    const paid = online.rows.find((r) => r.status === "succeeded")!;
    expect(paid).toMatchObject({ accountNumber: "ЛС-ПЛ-1", payerName: "Иванов Иван", chargedKopecks: 30_000n, commissionKopecks: 300n, actualKopecks: 29_700n, invoiceTypes: ["utilities"], provider: "sandbox" });
    expect(paid.settlementAccount).toBe(payee.bankAccount.settlementAccount);
    const thirdParty = await list(org.director, "thirdParty");
    expect(thirdParty.rows.map((r) => [r.source, r.accountNumber, r.chargedKopecks])).toEqual([["api", "ЛС-ПЛ-2", 20_000n]]);
    // The bank account of a payment without a gateway: the one of the tariff it paid.
    expect(thirdParty.rows[0]!.settlementAccount).toBe(payee.bankAccount.settlementAccount);
  });

  it("filters by status, gateway, building, legal entity, invoice type and period, and searches", async () => {
    expect((await list(org.director, "online", { status: "pending" })).rows.map((r) => r.chargedKopecks)).toEqual([10_000n]);
    expect((await list(org.director, "online", { gateway: gatewayId })).rows).toHaveLength(2);
    expect((await list(org.director, "thirdParty", { building: first.buildingId })).rows).toHaveLength(0);
    expect((await list(org.director, "online", { legalEntity: payee.legalEntity.id })).rows).toHaveLength(2);
    expect((await list(org.director, "thirdParty", { legalEntity: payee.legalEntity.id })).rows).toHaveLength(0);
    expect((await list(org.director, "online", { type: "utilities" })).rows).toHaveLength(1);
    expect((await list(org.director, "online", { type: "capital_repair" })).rows).toHaveLength(0);
    expect((await list(org.director, "online", { from: "2000-01-01", to: "2000-01-31" })).rows).toHaveLength(0);
    expect((await list(org.director, "online", { from: "2000-01-01" })).rows).toHaveLength(2);
    expect((await list(org.director, "online", { q: "иванов" })).rows).toHaveLength(2);
    expect((await list(org.director, "online", { q: "ПЛ-1" })).rows).toHaveLength(2);
    const id = (await list(org.director, "thirdParty")).rows[0]!.id;
    expect((await list(org.director, "thirdParty", { q: id })).rows).toHaveLength(1);
  });

  it("shows only the employee's buildings and never another organisation's payments", async () => {
    const scoped = { ...org.director, buildingIds: [second.buildingId] };
    expect((await list(scoped)).rows).toHaveLength(0);
    expect((await list(scoped, "thirdParty")).rows).toHaveLength(1);
    expect((await list(other.director, "thirdParty")).rows.map((r) => r.accountNumber)).toEqual(["ЛС-ЧУЖ-1"]);
    const mine = (await list()).rows[0]!.id;
    await expect(getPaymentCard(other.director, mine)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPaymentCard(scoped, mine)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("opens a payment's card with its items, and the invoice lists the payment that paid it", async () => {
    const paid = (await list(org.director, "online", { status: "succeeded" })).rows[0]!;
    const card = await getPaymentCard(org.director, paid.id);
    expect(card.payment.id).toBe(paid.id);
    expect(card.items.map((i) => [i.kind, i.invoiceId, i.amountKopecks])).toEqual([["invoice_line", first.invoiceId, 30_000n]]);
    expect(card.refunds).toEqual([]);
    expect((await invoicePayments(t.db, org.orgId, first.invoiceId)).map((p) => [p.paymentId, p.amountKopecks])).toEqual([[paid.id, 30_000n]]);
  });

  it("exports exactly the filtered rows of a tab", async () => {
    const plan = exportKinds.onlinePayments.open(org.director, { status: "succeeded" });
    expect((await plan.count(t.db)).count).toBe(1);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    expect(await plan.write(out, { sheetName: "Лист", timeZone: "Europe/Moscow", about: [] })).toMatchObject({ written: 1 });
    expect((await exportKinds.thirdPartyPayments.open(org.director, {}).count(t.db)).count).toBe(1);
  });
});
