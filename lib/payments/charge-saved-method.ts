import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentGateways, payments, type PaymentIntent } from "@/db/schema";
import { errorFields, log } from "@/lib/core/log";
import { bookPayment, type BookingScope } from "./book-payment";
import type { GatewayStatus, PaymentGateway, ReceiptItem } from "./gateways/payment-gateway";

type GatewayRow = Pick<typeof paymentGateways.$inferSelect, "id" | "orgId" | "provider" | "commissionPayer" | "commissionBp" | "commissionMinKopecks">;

export type SavedMethodCharge = {
  /** Our order id: payments.idempotency_key and the provider's idempotence key (≤ 36 chars). */
  idempotencyKey: string;
  gatewayRow: GatewayRow;
  gateway: PaymentGateway;
  method: { id: string; providerMethodId: string };
  payerClientId: string;
  buildingId: string;
  intent: PaymentIntent;
  description: string;
  receiptEmail: string | null;
  receiptItem: Omit<ReceiptItem, "amountKopecks">;
  notificationUrl: string;
};

export type SavedMethodOutcome = { paymentId: string; status: GatewayStatus | "failed"; error: string | null };

/** The gateway's commission on an amount: hundredths of a percent, rounded up to a kopeck, never below the minimum. */
export function commissionOf(gateway: GatewayRow, amountKopecks: bigint): bigint {
  const byRate = (amountKopecks * BigInt(gateway.commissionBp) + 9_999n) / 10_000n;
  return byRate > gateway.commissionMinKopecks ? byRate : gateway.commissionMinKopecks;
}

/**
 * Charges a saved card without the payer (autopay): a pending payment row is written first — its idempotency key is
 * unique per organisation, so the same charge never makes two payments — then the gateway's chargeSaved is called.
 * «succeeded» is booked at once (bookPayment locks the payment, so a notification arriving meanwhile books nothing
 * twice); «canceled» or an error marks the payment so; anything else waits for the gateway's notification.
 */
export async function chargeSavedMethod(db: Db, scope: BookingScope, charge: SavedMethodCharge, now: Date): Promise<SavedMethodOutcome> {
  const amount = BigInt(charge.intent.amountKopecks);
  const commission = commissionOf(charge.gatewayRow, amount);
  const charged = charge.gatewayRow.commissionPayer === "payer" ? amount + commission : amount;
  const [payment] = await db
    .insert(payments)
    .values({
      orgId: scope.orgId,
      source: "online",
      idempotencyKey: charge.idempotencyKey,
      gatewayId: charge.gatewayRow.id,
      provider: charge.gatewayRow.provider,
      amountKopecks: amount,
      commissionKopecks: commission,
      chargedKopecks: charged,
      accountId: charge.intent.accountId,
      buildingId: charge.buildingId,
      payerClientId: charge.payerClientId,
      receiptEmail: charge.receiptEmail,
      purpose: charge.description,
      intent: [charge.intent],
      savedMethodId: charge.method.id,
      isAutopay: true,
    })
    .returning({ id: payments.id });
  const paymentId = payment!.id;
  let status: GatewayStatus;
  try {
    const answer = await charge.gateway.chargeSaved({
      orderId: charge.idempotencyKey,
      amountKopecks: charged,
      description: charge.description,
      notificationUrl: charge.notificationUrl,
      receiptEmail: charge.receiptEmail,
      receiptItems: [{ ...charge.receiptItem, amountKopecks: charged }],
      providerMethodId: charge.method.providerMethodId,
    });
    status = answer.status;
    await db.update(payments).set({ providerPaymentId: answer.providerPaymentId, updatedAt: now }).where(eq(payments.id, paymentId));
  } catch (error) {
    log.warn("autopay_charge_failed", { paymentId, ...errorFields(error) });
    await db.update(payments).set({ status: "failed", updatedAt: now }).where(eq(payments.id, paymentId));
    return { paymentId, status: "failed", error: error instanceof Error ? error.message : String(error) };
  }
  if (status === "succeeded") await db.transaction((tx) => bookPayment(tx, scope, paymentId, now));
  if (status === "canceled") await db.update(payments).set({ status: "canceled", updatedAt: now }).where(eq(payments.id, paymentId));
  return { paymentId, status, error: status === "canceled" ? "Банк отклонил списание" : null };
}
