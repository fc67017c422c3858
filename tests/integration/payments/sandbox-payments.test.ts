import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ledgerEntries, paymentGateways, payments } from "@/db/schema";
import { createOnlinePayment } from "@/lib/payments/create-online-payment";
import { decideSandboxCheckout, openSandboxCheckout } from "@/lib/payments/gateways/sandbox-checkout";
import { handleNotification } from "@/lib/payments/handle-notification";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeAccount, makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

process.env.PAYMENT_SECRETS_KEY = "test-payment-secrets-key-0123456789abcdef";

let t: TestDb;
let org: OrgFixture;
let buildingId: string;
let tariffId: string;
let flat = 1;

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Песочница");
  buildingId = (await makeBuilding(org, "ул. Тестовая", "1")).id;
  const payee = await makePayee(t.db, org.orgId);
  tariffId = (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId })).id;
});
afterAll(() => t.close());

/** What the webhook route does with the sandbox's POST, without a server in between. */
const webhook: typeof fetch = async (_url, init) => {
  const answer = await handleNotification(t.db, "sandbox", { headers: new Headers(init!.headers), rawBody: String(init!.body) });
  return new Response(answer.body, { status: answer.status });
};
let sent: { headers: Headers; rawBody: string }[] = [];
const recording: typeof fetch = async (url, init) => {
  sent.push({ headers: new Headers(init!.headers), rawBody: String(init!.body) });
  return webhook(url, init);
};

async function startPayment() {
  const premise = await makePremise(org.director, buildingId, { number: String(flat) });
  const account = await makeAccount(org.director, premise.id, `ЛС-С-${flat++}`);
  const invoice = await makeInvoice(t.db, org.orgId, { buildingId, premiseId: premise.id, accountId: account.id, period: "2026-03", status: "issued" }, [{ tariffId }]);
  const started = await createOnlinePayment(
    { db: t.db, orgId: org.orgId, actor: { type: "system", name: "Тест" } },
    { payerClientId: null, intent: [{ accountId: account.id, invoiceIds: [invoice.id], amountKopecks: "50000" }], receiptEmail: null, saveCard: false, returnPath: "/cabinet/payments/return" },
  );
  const url = new URL(started.redirectUrl!);
  return { ...started, providerPaymentId: url.pathname.split("/").at(-1)!, token: url.searchParams.get("t")! };
}

describe("sandbox payments (embedded mode)", () => {
  it("makes a sandbox gateway for an organisation that has none and links to its checkout page", async () => {
    const started = await startPayment();
    expect(started.redirectUrl).toMatch(/^http:\/\/localhost:\d+\/pay\/sandbox\/sbx_50000_/);
    const gateways = await t.db.select().from(paymentGateways).where(eq(paymentGateways.orgId, org.orgId));
    expect(gateways.map((g) => [g.provider, g.isActive])).toEqual([["sandbox", true]]);
    expect(gateways[0]!.secretEncrypted).toMatch(/^v1:/);
    expect(await openSandboxCheckout(t.db, started.providerPaymentId, started.token)).toMatchObject({ amountKopecks: "50000" });
    expect(await openSandboxCheckout(t.db, "sbx_1_other", started.token)).toBeNull();
    // A second payment uses the same gateway.
    await startPayment();
    expect(await t.db.$count(paymentGateways, eq(paymentGateways.orgId, org.orgId))).toBe(1);
  });

  it("«Оплатить» sends a signed notification to the webhook, which books the payment; a replay is ignored", async () => {
    sent = [];
    const started = await startPayment();
    const { returnUrl } = await decideSandboxCheckout(t.db, { providerPaymentId: started.providerPaymentId, token: started.token, outcome: "paid" }, recording);
    expect(returnUrl).toContain(`/cabinet/payments/return?payment=${started.paymentId}`);
    expect((await t.db.select().from(payments).where(eq(payments.id, started.paymentId)))[0]!.status).toBe("succeeded");
    const replay = await handleNotification(t.db, "sandbox", sent[0]!);
    expect(replay).toMatchObject({ status: 200, outcome: "duplicate" });
    expect(await t.db.$count(ledgerEntries, eq(ledgerEntries.paymentId, started.paymentId))).toBe(1);
  });

  it("a forged signature gets 401 and books nothing; «Отклонить» and «Ошибка 3-D Secure» cancel", async () => {
    sent = [];
    const started = await startPayment();
    const forgedBody = JSON.stringify({ eventId: "e-forged", paymentId: started.providerPaymentId, status: "succeeded", amountKopecks: "50000", failure: null, savedCard: null });
    const forged = await handleNotification(t.db, "sandbox", { headers: new Headers({ "x-sandbox-signature": `t=${Date.now()},v1=${"0".repeat(64)}` }), rawBody: forgedBody });
    expect(forged.status).toBe(401);
    expect((await t.db.select().from(payments).where(eq(payments.id, started.paymentId)))[0]!.status).toBe("pending");

    await decideSandboxCheckout(t.db, { providerPaymentId: started.providerPaymentId, token: started.token, outcome: "3ds_failed" }, recording);
    expect((await t.db.select().from(payments).where(eq(payments.id, started.paymentId)))[0]!.status).toBe("canceled");
    const other = await startPayment();
    await decideSandboxCheckout(t.db, { providerPaymentId: other.providerPaymentId, token: other.token, outcome: "declined" }, recording);
    expect((await t.db.select().from(payments).where(eq(payments.id, other.paymentId)))[0]!.status).toBe("canceled");
    expect(await t.db.$count(ledgerEntries, eq(ledgerEntries.paymentId, other.paymentId))).toBe(0);
  });
});
