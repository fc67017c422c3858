import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentEvents, paymentGateways, paymentProviders, payments, type PaymentProvider } from "@/db/schema";
import { log } from "@/lib/core/log";
import { acknowledgementOf, gatewayFor } from "./gateways/gateway-for";
import type { GatewayNotice } from "./gateways/payment-gateway";
import { signedStateOf } from "./gateways/signed-notice";
import { settlePayment, type SettleOutcome } from "./settle-payment";

export type NotificationAnswer = { status: number; body: string; outcome: SettleOutcome | "duplicate" | "unknown_payment" | "refused"; bookedPaymentId: string | null; orgId: string | null };

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});

/** The payment a notification names, read before it is verified (verifying needs that payment's gateway secret). */
function claimedPaymentId(provider: PaymentProvider, body: Json): string | null {
  const id =
    provider === "sandbox" ? body.paymentId
    : provider === "tbank" ? body.PaymentId
    : body.event === "refund.succeeded" ? obj(body.object).payment_id
    : obj(body.object).id;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

const refused = (outcome: NotificationAnswer["outcome"] = "refused"): NotificationAnswer => ({ status: 401, body: "Unauthorized", outcome, bookedPaymentId: null, orgId: null });

/**
 * A gateway's notification, from the raw body: the payment it names is looked up, the notice verified with that
 * payment's gateway (signature, Token, or YooKassa's own API) — a forgery or a replay is refused with 401 before
 * anything is written. The payment's state comes from the gateway (re-fetched; the sandbox's and T-Bank's signed
 * notices carry it). The event is recorded under the provider's unique (provider, event_key) in the same transaction
 * that settles the payment, so a duplicate is acknowledged and ignored and a failed settlement is retried by the
 * provider. An unknown payment is logged and acknowledged, so the provider stops retrying.
 */
export async function handleNotification(db: Db, providerName: string, input: { headers: Headers; rawBody: string }): Promise<NotificationAnswer> {
  const provider = paymentProviders.find((p) => p === providerName);
  if (!provider) return { status: 404, body: "Not Found", outcome: "refused", bookedPaymentId: null, orgId: null };
  let body: Json;
  try {
    body = obj(JSON.parse(input.rawBody));
  } catch {
    return refused();
  }
  const claimed = claimedPaymentId(provider, body);
  if (!claimed) return refused();
  const [row] = await db
    .select({ payment: payments, gateway: paymentGateways })
    .from(payments)
    .innerJoin(paymentGateways, eq(paymentGateways.id, payments.gatewayId))
    .where(and(eq(payments.provider, provider), eq(payments.providerPaymentId, claimed)));
  if (!row) {
    log.warn("payment_notification_unknown", { provider, providerPaymentId: claimed.slice(0, 100) });
    return { ...acknowledgementOf[provider], outcome: "unknown_payment", bookedPaymentId: null, orgId: null };
  }
  const gateway = gatewayFor(row.gateway);
  const notice: GatewayNotice | null = await gateway.verifyNotification(input);
  if (!notice || notice.providerPaymentId !== claimed) {
    log.warn("payment_notification_refused", { provider, paymentId: row.payment.id });
    return refused();
  }
  const ack = { status: gateway.acknowledgement.status, body: gateway.acknowledgement.body };
  const state = signedStateOf(notice) ?? (await gateway.getPayment(notice.providerPaymentId));
  const { orgId, id: paymentId } = row.payment;

  const outcome = await db.transaction(async (tx) => {
    const [event] = await tx
      .insert(paymentEvents)
      .values({ provider, eventKey: notice.eventKey, paymentId, orgId, payload: body })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.id });
    if (!event) return "duplicate" as const;
    const settled = notice.event === "refund.succeeded" || notice.event === "other" ? "ignored" : (await settlePayment(tx, { orgId, paymentId }, state)).outcome;
    await tx.update(paymentEvents).set({ outcome: settled }).where(eq(paymentEvents.id, event.id));
    return settled;
  });
  return { ...ack, outcome, bookedPaymentId: outcome === "booked" ? paymentId : null, orgId };
}
