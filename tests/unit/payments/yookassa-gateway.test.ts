import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatePaymentInput } from "@/lib/payments/gateways/payment-gateway";
import { yookassaGateway } from "@/lib/payments/gateways/yookassa";
import { fakeYookassa } from "@/tests/support/fake-gateways";

let fake: Awaited<ReturnType<typeof fakeYookassa>>;
const gateway = () => yookassaGateway({ shopId: "shop-1", secretKey: "test_secret", baseUrl: fake.url });
const input: CreatePaymentInput = {
  orderId: "5c0e8a3b-3f7d-4b7e-8a56-6a5e1b2c3d4e",
  amountKopecks: 250_075n,
  description: "Оплата ЖКУ за 03.2026, ЛС 1234567",
  returnUrl: "http://localhost:3201/cabinet/payments/return?payment=1",
  notificationUrl: "http://localhost:3201/api/payments/yookassa/webhook",
  receiptEmail: "payer@example.ru",
  receiptItems: [{ description: "Оплата ЖКУ, ЛС 1234567", quantity: "1.00", amountKopecks: 250_075n, vatCode: 1, paymentSubject: "service", paymentMode: "full_payment" }],
  savePaymentMethod: true,
  utilities: { payeeName: "ООО «УК»", payeeInn: "7707083893", payeeKpp: "773601001", bankName: "ПАО СБЕРБАНК", bik: "044525225", account: "40703810500000000001", correspondentAccount: "30101810400000000225", period: "2026-03", accountNumber: "1234567" },
};

beforeAll(async () => {
  fake = await fakeYookassa("shop-1", "test_secret");
});
afterAll(() => fake.close());

describe("YooKassa gateway", () => {
  it("creates a payment with Basic auth, the order id as Idempotence-Key, a redirect, the receipt and the utilities order", async () => {
    const created = await gateway().createPayment(input);
    expect(created).toMatchObject({ status: "pending", amountKopecks: 250_075n, confirmationUrl: `https://yoomoney.test/checkout/${created.providerPaymentId}` });
    const request = fake.requests.at(-1)!;
    expect(request.headers["idempotence-key"]).toBe(input.orderId);
    expect(request.body).toMatchObject({
      amount: { value: "2500.75", currency: "RUB" },
      capture: true,
      save_payment_method: true,
      confirmation: { type: "redirect", return_url: input.returnUrl },
      receipt: { customer: { email: "payer@example.ru" }, items: [{ amount: { value: "2500.75", currency: "RUB" }, vat_code: 1, quantity: "1.00" }] },
      payment_order: { type: "utilities", recipient: { inn: "7707083893", bank: { bic: "044525225" } }, payment_period: { month: 3, year: 2026 } },
    });
    // A retry with the same order id is the same payment: the payer is never charged twice.
    expect((await gateway().createPayment(input)).providerPaymentId).toBe(created.providerPaymentId);
  });

  it("trusts a notification only when GET /payments/{id} confirms it, and then reports the saved card", async () => {
    const created = await gateway().createPayment({ ...input, orderId: "a1" });
    const early = fake.notification("payment.succeeded", created.providerPaymentId);
    expect(await gateway().verifyNotification({ headers: new Headers(), rawBody: early })).toBeNull();
    fake.pay(created.providerPaymentId);
    const notice = await gateway().verifyNotification({ headers: new Headers(), rawBody: fake.notification("payment.succeeded", created.providerPaymentId) });
    expect(notice).toEqual({ eventKey: `payment.succeeded:${created.providerPaymentId}`, providerPaymentId: created.providerPaymentId, event: "payment.succeeded" });
    expect(await gateway().getPayment(created.providerPaymentId)).toMatchObject({ status: "succeeded", savedMethod: { providerMethodId: `pm-${created.providerPaymentId}`, title: "MasterCard •••• 4444" } });
    const invented = JSON.stringify({ type: "notification", event: "payment.succeeded", object: { id: "2f000000-000f-5000-8000-000000000000", status: "succeeded" } });
    expect(await gateway().verifyNotification({ headers: new Headers(), rawBody: invented })).toBeNull();
  });

  it("charges a saved method without confirmation and refunds with its own idempotence key, never above the payment", async () => {
    const charged = await gateway().chargeSaved({ ...input, orderId: "a2", providerMethodId: "pm-1" });
    expect(charged).toMatchObject({ status: "succeeded", confirmationUrl: null });
    expect(fake.requests.at(-1)!.body).toMatchObject({ payment_method_id: "pm-1" });
    expect(fake.requests.at(-1)!.body.confirmation).toBeUndefined();
    const refund = await gateway().refund({ providerPaymentId: charged.providerPaymentId, amountKopecks: 50_000n, idempotencyKey: "refund-1" });
    expect(refund.status).toBe("succeeded");
    expect(fake.requests.at(-1)!.headers["idempotence-key"]).toBe("refund-1");
    await expect(gateway().refund({ providerPaymentId: charged.providerPaymentId, amountKopecks: 250_000n, idempotencyKey: "refund-2" })).rejects.toThrow(/Платёжный шлюз/);
  });
});
