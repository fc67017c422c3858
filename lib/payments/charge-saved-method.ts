import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentGateways, payments, type PaymentIntent } from "@/db/schema";
import { errorFields, log } from "@/lib/core/log";
import { commissionFor } from "./commission";
import type { GatewayStatus, PaymentGateway, ReceiptItem } from "./gateways/payment-gateway";
import { settlePayment } from "./settle-payment";

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

/** `booked`: this call booked the payment (staff are told «Поступила оплата ЖКУ» as for a notification). */
export type SavedMethodOutcome = { paymentId: string; status: GatewayStatus | "failed"; error: string | null; booked: boolean };

/**
 * Charges a saved card without the payer (autopay): a pending payment row is written first — its idempotency key is
 * unique per organisation, so the same charge never makes two payments — then the gateway's chargeSaved is called.
 * «succeeded» or «canceled» is settled at once through settlePayment, the same path the notification takes (it locks
 * the payment, so a notification arriving meanwhile books nothing twice); an error marks the payment failed; anything
 * else waits for the gateway's notification.
 */
export async function chargeSavedMethod(db: Db, orgId: string, charge: SavedMethodCharge, now: Date): Promise<SavedMethodOutcome> {
  const amount = BigInt(charge.intent.amountKopecks);
  const { commissionKopecks: commission, chargedKopecks: charged } = commissionFor(charge.gatewayRow, amount);
  const [payment] = await db
    .insert(payments)
    .values({
      orgId,
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
  let answer: Awaited<ReturnType<PaymentGateway["chargeSaved"]>>;
  try {
    answer = await charge.gateway.chargeSaved({
      orderId: charge.idempotencyKey,
      amountKopecks: charged,
      description: charge.description,
      notificationUrl: charge.notificationUrl,
      receiptEmail: charge.receiptEmail,
      receiptItems: [{ ...charge.receiptItem, amountKopecks: charged }],
      providerMethodId: charge.method.providerMethodId,
    });
    await db.update(payments).set({ providerPaymentId: answer.providerPaymentId, updatedAt: now }).where(eq(payments.id, paymentId));
  } catch (error) {
    log.warn("autopay_charge_failed", { paymentId, ...errorFields(error) });
    await db.update(payments).set({ status: "failed", updatedAt: now }).where(eq(payments.id, paymentId));
    return { paymentId, status: "failed", error: error instanceof Error ? error.message : String(error), booked: false };
  }
  const settled = answer.status === "succeeded" || answer.status === "canceled" ? (await settlePayment(db, { orgId, paymentId }, answer)).outcome : "pending";
  return { paymentId, status: answer.status, error: answer.status === "canceled" ? "Банк отклонил списание" : null, booked: settled === "booked" };
}
