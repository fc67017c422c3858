import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatePaymentInput } from "@/lib/payments/gateways/payment-gateway";
import { signedStateOf } from "@/lib/payments/gateways/signed-notice";
import { tbankGateway } from "@/lib/payments/gateways/tbank";
import { fakeTbank } from "@/tests/support/fake-gateways";

let fake: Awaited<ReturnType<typeof fakeTbank>>;
const gateway = () => tbankGateway({ terminalKey: "TestTerminal", password: "pass-123", baseUrl: fake.url });
const input: CreatePaymentInput = {
  orderId: "0b0d7c3e-6a1f-4d8e-9e62-1b7a3c5d9f00",
  amountKopecks: 123_456n,
  description: "Оплата ЖКУ за 03.2026, ЛС 1234567",
  returnUrl: "http://localhost:3201/cabinet/payments/return?payment=1",
  notificationUrl: "http://localhost:3201/api/payments/tbank/webhook",
  receiptEmail: "payer@example.ru",
  receiptItems: [{ description: "Оплата ЖКУ, ЛС 1234567", quantity: "1.00", amountKopecks: 123_456n, vatCode: 1, paymentSubject: "service", paymentMode: "full_payment" }],
  savePaymentMethod: true,
};

beforeAll(async () => {
  fake = await fakeTbank("TestTerminal", "pass-123");
});
afterAll(() => fake.close());

describe("T-Bank gateway", () => {
  it("inits a payment with a signed request and the receipt, and reads its state back", async () => {
    const created = await gateway().createPayment(input);
    expect(created).toMatchObject({ status: "pending", amountKopecks: 123_456n, confirmationUrl: expect.stringContaining(created.providerPaymentId) });
    const init = fake.requests.at(-1)!;
    expect(init.body).toMatchObject({ Amount: "123456", OrderId: input.orderId, Recurrent: "Y", NotificationURL: input.notificationUrl, SuccessURL: input.returnUrl });
    expect((init.body.Receipt as { Items: unknown[] }).Items).toHaveLength(1);
    fake.confirm(created.providerPaymentId);
    expect(await gateway().getPayment(created.providerPaymentId)).toMatchObject({ status: "succeeded", amountKopecks: 123_456n });
  });

  it("refuses to go on when T-Bank rejects the token", async () => {
    const wrong = tbankGateway({ terminalKey: "TestTerminal", password: "other", baseUrl: fake.url });
    await expect(wrong.createPayment(input)).rejects.toThrow(/Платёжный шлюз/);
  });

  it("accepts a notification with the right Token, with its RebillId, and refuses a forged one", async () => {
    const created = await gateway().createPayment(input);
    fake.confirm(created.providerPaymentId);
    const notice = await gateway().verifyNotification({ headers: new Headers(), rawBody: fake.notification(created.providerPaymentId) });
    expect(notice).toMatchObject({ providerPaymentId: created.providerPaymentId, event: "payment.succeeded", eventKey: `${created.providerPaymentId}:CONFIRMED` });
    expect(signedStateOf(notice!)?.savedMethod).toEqual({ providerMethodId: `rebill-${created.providerPaymentId}`, title: "•••• 0777" });
    const tampered = JSON.parse(fake.notification(created.providerPaymentId)) as Record<string, unknown>;
    expect(await gateway().verifyNotification({ headers: new Headers(), rawBody: JSON.stringify({ ...tampered, Amount: 1 }) })).toBeNull();
    expect(await gateway().verifyNotification({ headers: new Headers(), rawBody: fake.notification(created.providerPaymentId, {}, "guess") })).toBeNull();
    expect(await gateway().verifyNotification({ headers: new Headers(), rawBody: "not json" })).toBeNull();
    expect(gateway().acknowledgement).toEqual({ status: 200, body: "OK" });
  });

  it("charges a saved card with Init then Charge(RebillId), and refunds partly with Cancel", async () => {
    const charged = await gateway().chargeSaved({ ...input, providerMethodId: "rebill-1000" });
    expect(charged).toMatchObject({ status: "succeeded", confirmationUrl: null });
    expect(fake.requests.slice(-2).map((r) => r.path)).toEqual(["/Init", "/Charge"]);
    expect(fake.requests.at(-2)!.body.Recurrent).toBeUndefined();
    const refund = await gateway().refund({ providerPaymentId: charged.providerPaymentId, amountKopecks: 10_000n, idempotencyKey: "r-1" });
    expect(refund.status).toBe("succeeded");
    expect(fake.requests.at(-1)!.body).toMatchObject({ Amount: "10000", ExternalRequestId: "r-1" });
    await expect(gateway().refund({ providerPaymentId: charged.providerPaymentId, amountKopecks: 200_000n, idempotencyKey: "r-2" })).rejects.toThrow();
  });
});
