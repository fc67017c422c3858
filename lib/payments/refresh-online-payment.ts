import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentGateways, payments } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { gatewayFor } from "./gateways/gateway-for";
import { settlePayment, type SettleOutcome } from "./settle-payment";

/**
 * The payer is back from the gateway (return page): a payment still pending is asked of the gateway and settled as
 * a notification would — the two race, and the payment row lock books it once whichever comes first.
 */
export async function refreshOnlinePayment(db: Db, orgId: string, paymentId: string): Promise<{ status: (typeof payments.$inferSelect)["status"]; outcome: SettleOutcome }> {
  const [row] = await db
    .select({ payment: payments, gateway: paymentGateways })
    .from(payments)
    .innerJoin(paymentGateways, eq(paymentGateways.id, payments.gatewayId))
    .where(and(eq(payments.id, paymentId), eq(payments.orgId, orgId)));
  if (!row) throw notFound("Платёж");
  if (row.payment.status !== "pending" || !row.payment.providerPaymentId) return { status: row.payment.status, outcome: "ignored" };
  const state = await gatewayFor(row.gateway).getPayment(row.payment.providerPaymentId);
  const { outcome } = await settlePayment(db, { orgId, paymentId }, state);
  const [after] = await db.select({ status: payments.status }).from(payments).where(eq(payments.id, paymentId));
  return { status: after?.status ?? row.payment.status, outcome };
}
