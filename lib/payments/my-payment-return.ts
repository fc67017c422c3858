import { and, eq, inArray } from "drizzle-orm";
import { payments, type PaymentStatus } from "@/db/schema";
import { formatRoubles } from "@/lib/exchange/decimal";
import { notFound } from "@/lib/core/errors";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { refreshOnlinePayment } from "./refresh-online-payment";

export type MyPaymentReturn = { status: PaymentStatus; amount: string; booked: boolean };

/**
 * The resident is back from the gateway: their own payment (one they paid as one of their clients) is refreshed
 * from the gateway — racing its notification, booked once — and its state told. Another's payment is not found.
 */
export async function myPaymentReturn(ctx: ResidentContext, paymentId: string): Promise<MyPaymentReturn> {
  const clientIds = ctx.clients.filter((c) => !c.blocked).map((c) => c.id);
  const [payment] = clientIds.length
    ? await ctx.db.select().from(payments).where(and(eq(payments.id, paymentId), inArray(payments.payerClientId, clientIds)))
    : [];
  if (!payment) throw notFound("Платёж");
  const { status, outcome } = await refreshOnlinePayment(ctx.db, payment.orgId, payment.id);
  return { status, amount: formatRoubles(payment.chargedKopecks), booked: outcome === "booked" };
}
