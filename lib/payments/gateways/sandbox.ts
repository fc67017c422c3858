import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { boundedString } from "@/lib/validation/bounded-string";
import type { GatewayPayment, PaymentGateway } from "./payment-gateway";
import type { SignedNotice } from "./signed-notice";

export type SandboxConfig = { gatewayId: string; secret: string; publicOrigin: string };


/** The answer the provider expects to an accepted notification. */
export const SANDBOX_ACKNOWLEDGEMENT = { status: 200, body: "OK" };
/** A notification older than this is a replay, even under a new event id. */
export const SANDBOX_NOTICE_TTL_MS = 5 * 60_000;
export const SANDBOX_SIGNATURE_HEADER = "x-sandbox-signature";
/** The one «card» of the sandbox, saved when the payer asked to. */
const SANDBOX_CARD_TITLE = "Тестовая карта •••• 4242";

const hmac = (secret: string, text: string) => createHmac("sha256", secret).update(text, "utf8").digest("hex");
const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** What the checkout page needs, carried signed in its link: the sandbox is a bank that remembers nothing. */
const checkoutSchema = z.object({
  gatewayId: boundedString(36),
  providerPaymentId: boundedString(100),
  amountKopecks: boundedString(20).regex(/^\d+$/),
  description: boundedString(500),
  returnUrl: boundedString(1000),
  notificationUrl: boundedString(1000),
  savePaymentMethod: z.boolean(),
});
export type SandboxCheckout = z.infer<typeof checkoutSchema>;

/** The gateway a checkout link names, read before its signature can be checked (that needs the gateway's secret). */
export function checkoutGatewayId(token: string): string | null {
  const checkout = decodeCheckout(token);
  return checkout?.gatewayId ?? null;
}

function decodeCheckout(token: string): SandboxCheckout | null {
  const [payload] = token.split(".");
  try {
    const parsed = checkoutSchema.safeParse(JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const noticeSchema = z.object({
  eventId: boundedString(100).min(1),
  paymentId: boundedString(100).min(1),
  status: z.enum(["succeeded", "canceled"]),
  amountKopecks: boundedString(20).regex(/^\d+$/),
  failure: z.enum(["declined", "3ds_failed"]).nullable(),
  savedCard: boundedString(100).nullable(),
});
export type SandboxNotice = z.infer<typeof noticeSchema>;

/** The sandbox's own header: `t=<unix ms>,v1=<HMAC-SHA256(secret, "<t>.<body>")>`, as the big providers sign theirs. */
export function signSandboxNotice(secret: string, rawBody: string, now = Date.now()): string {
  return `t=${now},v1=${hmac(secret, `${now}.${rawBody}`)}`;
}

/**
 * The built-in gateway, the embedded default: createPayment links to our own checkout page (/pay/sandbox/…), whose
 * buttons send an HMAC-signed notification to our real webhook. Its payment id carries the amount, since it keeps
 * no state of its own: getPayment answers «pending», and the signed notification is what says how it ended.
 */
export function sandboxGateway(config: SandboxConfig, now: () => number = Date.now): PaymentGateway & {
  openCheckout(token: string): SandboxCheckout | null;
  notice(checkout: SandboxCheckout, outcome: "paid" | "declined" | "3ds_failed"): { rawBody: string; signature: string };
} {
  const stateOf = (providerPaymentId: string): GatewayPayment => ({
    providerPaymentId,
    status: "pending",
    amountKopecks: BigInt(/^sbx_(\d+)_/.exec(providerPaymentId)?.[1] ?? "0"),
    confirmationUrl: null,
    savedMethod: null,
  });
  return {
    provider: "sandbox",
    acknowledgement: SANDBOX_ACKNOWLEDGEMENT,

    async createPayment(input) {
      const providerPaymentId = `sbx_${input.amountKopecks}_${randomBytes(9).toString("hex")}`;
      const checkout: SandboxCheckout = {
        gatewayId: config.gatewayId,
        providerPaymentId,
        amountKopecks: input.amountKopecks.toString(),
        description: input.description,
        returnUrl: input.returnUrl,
        notificationUrl: input.notificationUrl,
        savePaymentMethod: input.savePaymentMethod,
      };
      const payload = Buffer.from(JSON.stringify(checkout), "utf8").toString("base64url");
      const token = `${payload}.${hmac(config.secret, `checkout.${payload}`)}`;
      const confirmationUrl = `${config.publicOrigin}/pay/sandbox/${providerPaymentId}?t=${token}`;
      return { ...stateOf(providerPaymentId), confirmationUrl };
    },

    async getPayment(providerPaymentId) {
      return stateOf(providerPaymentId);
    },

    async chargeSaved(input) {
      // A saved sandbox «card» always pays; the notification follows as for any sandbox payment.
      return { ...stateOf(`sbx_${input.amountKopecks}_${randomBytes(9).toString("hex")}`), status: "succeeded" };
    },

    async refund({ providerPaymentId, idempotencyKey }) {
      return { providerRefundId: `${providerPaymentId}:${idempotencyKey}`, status: "succeeded" };
    },

    openCheckout(token) {
      const [payload, signature] = token.split(".");
      if (!payload || !signature || !sameHex(signature, hmac(config.secret, `checkout.${payload}`))) return null;
      const checkout = decodeCheckout(token);
      return checkout?.gatewayId === config.gatewayId ? checkout : null;
    },

    notice(checkout, outcome) {
      const body: SandboxNotice = {
        eventId: randomBytes(12).toString("hex"),
        paymentId: checkout.providerPaymentId,
        status: outcome === "paid" ? "succeeded" : "canceled",
        amountKopecks: checkout.amountKopecks,
        failure: outcome === "paid" ? null : outcome,
        savedCard: outcome === "paid" && checkout.savePaymentMethod ? `card_${checkout.providerPaymentId}` : null,
      };
      const rawBody = JSON.stringify(body);
      return { rawBody, signature: signSandboxNotice(config.secret, rawBody, now()) };
    },

    async verifyNotification({ headers, rawBody }) {
      const header = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(headers.get(SANDBOX_SIGNATURE_HEADER) ?? "");
      if (!header) return null;
      const [, at = "", signature = ""] = header;
      if (Math.abs(now() - Number(at)) > SANDBOX_NOTICE_TTL_MS || !sameHex(signature, hmac(config.secret, `${at}.${rawBody}`))) return null;
      let parsed;
      try {
        parsed = noticeSchema.safeParse(JSON.parse(rawBody));
      } catch {
        return null;
      }
      if (!parsed.success) return null;
      const n = parsed.data;
      const notice: SignedNotice = {
        eventKey: n.eventId,
        providerPaymentId: n.paymentId,
        event: n.status === "succeeded" ? "payment.succeeded" : "payment.canceled",
        signedState: { providerPaymentId: n.paymentId, status: n.status, amountKopecks: BigInt(n.amountKopecks), confirmationUrl: null, savedMethod: n.savedCard ? { providerMethodId: n.savedCard, title: SANDBOX_CARD_TITLE } : null },
      };
      return notice;
    },
  };
}
