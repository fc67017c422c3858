import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payments, savedPaymentMethods } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { formatRoubles } from "@/lib/exchange/decimal";
import { bookPayment } from "./book-payment";
import type { GatewayPayment } from "./gateways/payment-gateway";
import { paymentProviderLabels } from "./payment-vocabulary";

export type SettleOutcome = "booked" | "already_booked" | "mismatch" | "canceled" | "pending" | "ignored";

/**
 * Applies what a gateway says about an online payment, in one transaction with the payment row locked: a success for
 * the charged sum is booked (bookPayment, once however many notifications and browser returns race), a success for
 * another sum is flagged «mismatch» for staff and not booked, a cancellation of a pending payment cancels it. A card
 * the payer chose to save is kept (once per gateway and card).
 */
export async function settlePayment(db: Db, ref: { orgId: string; paymentId: string }, state: GatewayPayment): Promise<{ outcome: SettleOutcome }> {
  return db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(and(eq(payments.id, ref.paymentId), eq(payments.orgId, ref.orgId))).for("update");
    if (!payment) return { outcome: "ignored" as const };
    const scope = { orgId: ref.orgId, actor: { type: "system" as const, name: paymentProviderLabels[payment.provider ?? "sandbox"] } };
    if (state.status === "succeeded" && state.savedMethod && payment.payerClientId && payment.gatewayId) {
      await tx
        .insert(savedPaymentMethods)
        .values({ orgId: ref.orgId, clientId: payment.payerClientId, gatewayId: payment.gatewayId, providerMethodId: state.savedMethod.providerMethodId, title: state.savedMethod.title })
        .onConflictDoNothing();
    }
    if (state.status === "canceled") {
      if (payment.status !== "pending") return { outcome: "ignored" as const };
      await tx.update(payments).set({ status: "canceled", updatedAt: new Date() }).where(eq(payments.id, payment.id));
      await writeAudit(tx, scope, { action: "payment.canceled", entityType: "payment", entityId: payment.id });
      return { outcome: "canceled" as const };
    }
    if (state.status !== "succeeded") return { outcome: "pending" as const };
    if (payment.status === "succeeded") return { outcome: "already_booked" as const };
    if (payment.status === "mismatch") return { outcome: "mismatch" as const };
    if (payment.status !== "pending") {
      return flag(tx, scope, payment.id, `Шлюз сообщил об оплате платежа в статусе «${payment.status}»: проверьте и проведите вручную`);
    }
    if (state.amountKopecks !== payment.chargedKopecks) {
      return flag(tx, scope, payment.id, `Шлюз сообщил сумму ${formatRoubles(state.amountKopecks)}, а к оплате было ${formatRoubles(payment.chargedKopecks)}`);
    }
    const { booked } = await bookPayment(tx, scope, payment.id);
    return { outcome: booked ? ("booked" as const) : ("already_booked" as const) };
  });
}

async function flag(tx: Db, scope: Parameters<typeof writeAudit>[1], paymentId: string, reason: string) {
  await tx.update(payments).set({ status: "mismatch", flagReason: reason, updatedAt: new Date() }).where(eq(payments.id, paymentId));
  await writeAudit(tx, scope, { action: "payment.flagged", entityType: "payment", entityId: paymentId, after: { reason } });
  return { outcome: "mismatch" as const };
}
