import { describe, expect, it } from "vitest";
import { SANDBOX_NOTICE_TTL_MS, SANDBOX_SIGNATURE_HEADER, sandboxGateway, signSandboxNotice } from "@/lib/payments/gateways/sandbox";
import { signedStateOf } from "@/lib/payments/gateways/signed-notice";

const config = { gatewayId: "g-1", secret: "sandbox-secret", publicOrigin: "http://localhost:3201" };
const input = {
  orderId: "o-1",
  amountKopecks: 99_900n,
  description: "Оплата ЖКУ",
  returnUrl: "http://localhost:3201/cabinet/payments/return?payment=p-1",
  notificationUrl: "http://localhost:3201/api/payments/sandbox/webhook",
  receiptEmail: null,
  receiptItems: [],
  savePaymentMethod: true,
};
const headers = (signature: string) => new Headers({ [SANDBOX_SIGNATURE_HEADER]: signature });

describe("sandbox gateway", () => {
  it("links to our own checkout page with a signed token only its gateway opens", async () => {
    const gateway = sandboxGateway(config);
    const created = await gateway.createPayment(input);
    expect(created.confirmationUrl).toMatch(new RegExp(`^http://localhost:3201/pay/sandbox/${created.providerPaymentId}\\?t=`));
    const token = new URL(created.confirmationUrl!).searchParams.get("t")!;
    expect(gateway.openCheckout(token)).toMatchObject({ amountKopecks: "99900", returnUrl: input.returnUrl, savePaymentMethod: true });
    expect(sandboxGateway({ ...config, secret: "other" }).openCheckout(token)).toBeNull();
    const [payload, signature] = token.split(".");
    const changed = Buffer.from(Buffer.from(payload!, "base64url").toString().replace("99900", "1"), "utf8").toString("base64url");
    expect(gateway.openCheckout(`${changed}.${signature}`)).toBeNull();
  });

  it("signs its notification with HMAC-SHA256 over the timestamp and body; a changed body, key or old stamp is refused", async () => {
    let now = 1_700_000_000_000;
    const gateway = sandboxGateway(config, () => now);
    const created = await gateway.createPayment(input);
    const checkout = gateway.openCheckout(new URL(created.confirmationUrl!).searchParams.get("t")!)!;
    const { rawBody, signature } = gateway.notice(checkout, "paid");
    expect(signature).toBe(signSandboxNotice("sandbox-secret", rawBody, now));
    const notice = await gateway.verifyNotification({ headers: headers(signature), rawBody });
    expect(notice).toMatchObject({ providerPaymentId: created.providerPaymentId, event: "payment.succeeded" });
    expect(signedStateOf(notice!)).toMatchObject({ status: "succeeded", amountKopecks: 99_900n, savedMethod: { title: expect.stringContaining("4242") } });

    expect(await gateway.verifyNotification({ headers: headers(signature), rawBody: rawBody.replace("99900", "100") })).toBeNull();
    expect(await gateway.verifyNotification({ headers: headers(signSandboxNotice("guess", rawBody, now)), rawBody })).toBeNull();
    expect(await gateway.verifyNotification({ headers: new Headers(), rawBody })).toBeNull();
    now += SANDBOX_NOTICE_TTL_MS + 1;
    expect(await gateway.verifyNotification({ headers: headers(signature), rawBody })).toBeNull();
  });

  it("reports a decline and a 3-D Secure failure as canceled", async () => {
    const gateway = sandboxGateway(config);
    const created = await gateway.createPayment(input);
    const checkout = gateway.openCheckout(new URL(created.confirmationUrl!).searchParams.get("t")!)!;
    for (const outcome of ["declined", "3ds_failed"] as const) {
      const { rawBody, signature } = gateway.notice(checkout, outcome);
      const notice = await gateway.verifyNotification({ headers: headers(signature), rawBody });
      expect(notice?.event).toBe("payment.canceled");
      expect(signedStateOf(notice!)?.savedMethod).toBeNull();
    }
  });
});
