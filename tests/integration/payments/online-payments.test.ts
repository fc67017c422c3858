import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bankAccounts, invoices, ledgerEntries, outbox, paymentEvents, paymentItems, payments, savedPaymentMethods } from "@/db/schema";
import { formatRoubles } from "@/lib/exchange/decimal";
import { createOnlinePayment } from "@/lib/payments/create-online-payment";
import { handleNotification } from "@/lib/payments/handle-notification";
import { notifyPaymentReceived } from "@/lib/payments/notify-payment-received";
import { refundPayment } from "@/lib/payments/refund-payment";
import type { AppError } from "@/lib/core/errors";
import { refreshOnlinePayment } from "@/lib/payments/refresh-online-payment";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { fakeTbank, fakeYookassa } from "@/tests/support/fake-gateways";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeGateway } from "@/tests/support/payment-fixtures";
import { makeAccount, makeBuilding, makeClient, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

process.env.PAYMENT_SECRETS_KEY = "test-payment-secrets-key-0123456789abcdef";

let t: TestDb;
let org: OrgFixture;
let yookassa: Awaited<ReturnType<typeof fakeYookassa>>;
let tbank: Awaited<ReturnType<typeof fakeTbank>>;
let buildingId: string;
let clientId: string;
let payees: { yookassa: { legalEntityId: string; bankAccountId: string }; tbank: { legalEntityId: string; bankAccountId: string } };
let flat = 1;

beforeAll(async () => {
  // The adapters read their API addresses from env(), once: the fakes must be up before anything reads it.
  yookassa = await fakeYookassa("shop-7", "yk-secret");
  tbank = await fakeTbank("Terminal7", "tb-password");
  process.env.YOOKASSA_API_URL = yookassa.url;
  process.env.TBANK_API_URL = tbank.url;
  t = await createTestDb();
  org = await createOrg(t.db, "Онлайн");
  buildingId = (await makeBuilding(org, "ул. Шлюзовая", "5")).id;
  clientId = (await makeClient(org, "Плательщиков")).id;
  // One payee with two bank accounts, each with a gateway of its own.
  const a = await makePayee(t.db, org.orgId, "ЮК");
  const [second] = await t.db
    .insert(bankAccounts)
    .values({ orgId: org.orgId, legalEntityId: a.legalEntity.id, bankName: "АО ТБАНК", bik: "044525974", settlementAccount: "40703810500000000002", correspondentAccount: "30101810145250000974" })
    .returning();
  payees = { yookassa: { legalEntityId: a.legalEntity.id, bankAccountId: a.bankAccount.id }, tbank: { legalEntityId: a.legalEntity.id, bankAccountId: second!.id } };
  await makeGateway(t.db, org.orgId, payees.yookassa, "yookassa", { accountKey: "shop-7", secret: "yk-secret" });
  await makeGateway(t.db, org.orgId, payees.tbank, "tbank", { accountKey: "Terminal7", secret: "tb-password" }, { commissionPayer: "payer", commissionBp: 150, commissionMinKopecks: 3_000n });
}, 120_000);
afterAll(async () => {
  await t.close();
  await yookassa.close();
  await tbank.close();
});

/** An account with one issued invoice of 500,00 ₽ billed for `payee`. */
async function debt(payee: { legalEntityId: string; bankAccountId: string }) {
  const tariffId = (await makeTariff(t.db, org.orgId, payee, { buildingId })).id;
  const premise = await makePremise(org.director, buildingId, { number: String(flat) });
  const account = await makeAccount(org.director, premise.id, `ЛС-О-${flat++}`);
  const invoice = await makeInvoice(t.db, org.orgId, { buildingId, premiseId: premise.id, accountId: account.id, period: "2026-03", status: "issued" }, [{ tariffId }]);
  return { accountId: account.id, invoice };
}

const scope = () => ({ db: t.db, orgId: org.orgId, actor: { type: "resident" as const, id: clientId, name: "Плательщиков Т." } });
const start = (accountId: string, invoiceId: string, amount: bigint, extra: { saveCard?: boolean } = {}) =>
  createOnlinePayment(scope(), {
    payerClientId: clientId,
    intent: [{ accountId, invoiceIds: [invoiceId], amountKopecks: amount.toString() }],
    receiptEmail: "payer@example.ru",
    saveCard: extra.saveCard ?? false,
    returnPath: "/cabinet/payments/return",
  });
const payment = async (id: string) => (await t.db.select().from(payments).where(eq(payments.id, id)))[0]!;
const notify = (provider: string, rawBody: string) => handleNotification(t.db, provider, { headers: new Headers({ "content-type": "application/json" }), rawBody });

describe("online payment through YooKassa", () => {
  it("books once when fifty identical notifications and the browser's return race", async () => {
    const { accountId, invoice } = await debt(payees.yookassa);
    const started = await start(accountId, invoice.id, 50_000n, { saveCard: true });
    const row = await payment(started.paymentId);
    expect(row).toMatchObject({ status: "pending", provider: "yookassa", chargedKopecks: 50_000n, commissionKopecks: 0n });
    expect(started.redirectUrl).toBe(`https://yoomoney.test/checkout/${row.providerPaymentId}`);
    expect(yookassa.requests.at(-1)!.body).toMatchObject({ confirmation: { return_url: expect.stringContaining(`/cabinet/payments/return?payment=${started.paymentId}`) } });

    yookassa.pay(row.providerPaymentId!);
    const body = yookassa.notification("payment.succeeded", row.providerPaymentId!);
    const answers = await Promise.all([
      ...Array.from({ length: 50 }, () => notify("yookassa", body)),
      ...Array.from({ length: 5 }, () => refreshOnlinePayment(t.db, org.orgId, started.paymentId)),
    ]);
    const outcomes = answers.map((a) => a.outcome);
    expect(outcomes.filter((o) => o === "booked")).toHaveLength(1);
    expect(answers.slice(0, 50).every((a) => "status" in a && a.status === 200)).toBe(true);
    expect(await payment(started.paymentId)).toMatchObject({ status: "succeeded" });
    expect(await t.db.$count(paymentItems, eq(paymentItems.paymentId, started.paymentId))).toBe(1);
    expect(await t.db.$count(ledgerEntries, eq(ledgerEntries.paymentId, started.paymentId))).toBe(1);
    expect(await t.db.$count(paymentEvents, eq(paymentEvents.paymentId, started.paymentId))).toBe(1);
    expect((await t.db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]!.totalKopecks).toBe(0n);
    expect(await t.db.select({ id: savedPaymentMethods.providerMethodId }).from(savedPaymentMethods).where(eq(savedPaymentMethods.clientId, clientId))).toEqual([{ id: `pm-${row.providerPaymentId}` }]);

    // Staff who have «Поступила оплата ЖКУ» on get an email (the director's role has it).
    const outboxIds = await notifyPaymentReceived(t.db, started.paymentId, "https://crm.example.ru");
    expect(outboxIds.length).toBeGreaterThan(0);
    const [email] = await t.db.select().from(outbox).where(eq(outbox.id, outboxIds[0]!));
    expect(email).toMatchObject({ subject: "Поступила оплата ЖКУ", recipient: org.email.toLowerCase() });
    expect(email!.body).toContain("500,00");
  });

  it("refuses a forged notification with 401 and books nothing", async () => {
    const { accountId, invoice } = await debt(payees.yookassa);
    const started = await start(accountId, invoice.id, 50_000n);
    const row = await payment(started.paymentId);
    // Not paid at YooKassa: a notice claiming it was is a forgery.
    const forged = JSON.stringify({ type: "notification", event: "payment.succeeded", object: { id: row.providerPaymentId, status: "succeeded", amount: { value: "500.00", currency: "RUB" } } });
    expect(await notify("yookassa", forged)).toMatchObject({ status: 401 });
    expect(await notify("yookassa", "{not json")).toMatchObject({ status: 401 });
    expect(await payment(started.paymentId)).toMatchObject({ status: "pending" });
    expect(await t.db.$count(paymentEvents, eq(paymentEvents.paymentId, started.paymentId))).toBe(0);
    expect(await t.db.$count(ledgerEntries, eq(ledgerEntries.paymentId, started.paymentId))).toBe(0);
  });

  it("acknowledges a notification for an unknown payment without booking anything", async () => {
    const answer = await notify("yookassa", JSON.stringify({ type: "notification", event: "payment.succeeded", object: { id: "unknown-1" } }));
    expect(answer).toMatchObject({ status: 200, outcome: "unknown_payment" });
    expect(await notify("nobody", "{}")).toMatchObject({ status: 404 });
  });

  it("flags a payment whose paid sum differs from what was charged, and does not book it", async () => {
    const { accountId, invoice } = await debt(payees.yookassa);
    const started = await start(accountId, invoice.id, 50_000n);
    const row = await payment(started.paymentId);
    yookassa.pay(row.providerPaymentId!, 40_000n);
    expect(await notify("yookassa", yookassa.notification("payment.succeeded", row.providerPaymentId!))).toMatchObject({ status: 200, outcome: "mismatch" });
    const flagged = await payment(started.paymentId);
    expect(flagged.status).toBe("mismatch");
    expect(flagged.flagReason).toContain("400,00");
    expect(await t.db.$count(ledgerEntries, eq(ledgerEntries.paymentId, started.paymentId))).toBe(0);
  });

  it("cancels a payment the payer gave up", async () => {
    const { accountId, invoice } = await debt(payees.yookassa);
    const started = await start(accountId, invoice.id, 50_000n);
    const row = await payment(started.paymentId);
    yookassa.cancel(row.providerPaymentId!);
    expect(await notify("yookassa", yookassa.notification("payment.canceled", row.providerPaymentId!))).toMatchObject({ outcome: "canceled" });
    expect((await payment(started.paymentId)).status).toBe("canceled");
  });

  it("refuses another organisation's account and an invoice of another account", async () => {
    const other = await createOrg(t.db, "Чужая");
    const b = await debt(payees.yookassa);
    const stranger = await createOnlinePayment({ ...scope(), orgId: other.orgId }, { payerClientId: null, intent: [{ accountId: b.accountId, invoiceIds: [], amountKopecks: "100" }], receiptEmail: null, saveCard: false, returnPath: "/cabinet" }).catch((e: Error) => e);
    expect(stranger).toBeInstanceOf(Error);
    const c = await debt(payees.yookassa);
    await expect(start(c.accountId, b.invoice.id, 100n)).rejects.toThrow(/не найден/);
  });
});

describe("refunds", () => {
  it("refunds part of a payment through the gateway, puts the debt back line by line, and refuses more than is left", async () => {
    const { accountId, invoice } = await debt(payees.yookassa);
    const started = await start(accountId, invoice.id, 50_000n);
    const row = await payment(started.paymentId);
    yookassa.pay(row.providerPaymentId!);
    await notify("yookassa", yookassa.notification("payment.succeeded", row.providerPaymentId!));

    const tooMuch = await refundPayment(org.director, { paymentId: started.paymentId, amountKopecks: 50_001n, reason: "Ошибка" }).catch((e: AppError) => e);
    expect(tooMuch).toMatchObject({ code: "VALIDATION", fieldErrors: { amountKopecks: [`Вернуть можно не больше ${formatRoubles(50_000n)}`] } });

    const results = await Promise.allSettled([20_000n, 20_000n, 20_000n].map((amountKopecks) => refundPayment(org.director, { paymentId: started.paymentId, amountKopecks, reason: "Переплата" })));
    // Under the row lock one reserves; the others find a refund in flight, or the one item already partly refunded.
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const after = await payment(started.paymentId);
    expect(after.refundedKopecks).toBe(20_000n);
    const entries = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, started.paymentId));
    expect(entries.filter((e) => e.kind === "refund").map((e) => e.amountKopecks)).toEqual([20_000n]);
    expect((await t.db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]!.totalKopecks).toBe(20_000n);
    expect(yookassa.requests.filter((r) => r.path === "/refunds").length).toBeGreaterThan(0);
  });

  it("refuses a pending payment and another organisation's", async () => {
    const { accountId, invoice } = await debt(payees.yookassa);
    const started = await start(accountId, invoice.id, 50_000n);
    await expect(refundPayment(org.director, { paymentId: started.paymentId, amountKopecks: 100n, reason: "—" })).rejects.toThrow(/проведённый/);
    const other = await createOrg(t.db, "Другая");
    await expect(refundPayment(other.director, { paymentId: started.paymentId, amountKopecks: 100n, reason: "—" })).rejects.toThrow(/не найден/);
  });
});

describe("online payment through T-Bank", () => {
  it("adds the payer's commission, answers OK, books once, and refuses a changed Token", async () => {
    const { accountId, invoice } = await debt(payees.tbank);
    const started = await start(accountId, invoice.id, 50_000n, { saveCard: true });
    const row = await payment(started.paymentId);
    // 1,5 % of 500,00 ₽ is 7,50 ₽, under the 30,00 ₽ minimum.
    expect(row).toMatchObject({ provider: "tbank", amountKopecks: 50_000n, commissionKopecks: 3_000n, chargedKopecks: 53_000n });
    const init = tbank.requests.find((r) => r.path === "/Init" && r.body.OrderId === row.idempotencyKey)!;
    expect(init.body).toMatchObject({ Amount: "53000", Recurrent: "Y" });

    tbank.confirm(row.providerPaymentId!);
    const forged = tbank.notification(row.providerPaymentId!, {}, "guess");
    expect(await notify("tbank", forged)).toMatchObject({ status: 401 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => notify("tbank", tbank.notification(row.providerPaymentId!))));
    expect(answers.every((a) => a.status === 200 && a.body === "OK")).toBe(true);
    expect(answers.filter((a) => a.outcome === "booked")).toHaveLength(1);
    expect(await t.db.$count(ledgerEntries, eq(ledgerEntries.paymentId, started.paymentId))).toBe(1);
    expect(await t.db.$count(savedPaymentMethods, eq(savedPaymentMethods.providerMethodId, `rebill-${row.providerPaymentId}`))).toBe(1);
  });

  it("flags a notification for another amount", async () => {
    const { accountId, invoice } = await debt(payees.tbank);
    const started = await start(accountId, invoice.id, 50_000n);
    const row = await payment(started.paymentId);
    tbank.confirm(row.providerPaymentId!);
    expect(await notify("tbank", tbank.notification(row.providerPaymentId!, { Amount: 100 }))).toMatchObject({ status: 200, outcome: "mismatch" });
    expect(await payment(started.paymentId)).toMatchObject({ status: "mismatch" });
  });
});
