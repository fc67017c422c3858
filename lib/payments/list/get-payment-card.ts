import { and, asc, desc, eq } from "drizzle-orm";
import { paymentEvents, payments, refunds } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";
import { paymentItemsOf } from "./payment-items-of";
import { paymentsSource } from "./list-payments";

/**
 * Everything the payment card shows: the payment as its list row, how it was split, what the gateway notified and the
 * refunds. Another organisation's id is not found; a payment outside the employee's buildings is refused.
 */
export async function getPaymentCard(ctx: StaffContext, id: string) {
  assertPermission(ctx, "finance.payments.view");
  const [found] = await ctx.db
    .select({ source: payments.source, inScope: inScope(buildingScope(ctx, payments.buildingId)) })
    .from(payments)
    .where(and(eq(payments.id, id), eq(payments.orgId, ctx.orgId)));
  if (!found) throw notFound("Платёж");
  if (!found.inScope) throw outOfScope();
  const source = paymentsSource(ctx, found.source === "online" ? "online" : "thirdParty", { page: 1, size: 1, dir: "asc" });
  const [[payment], items, events, refundRows] = await Promise.all([
    source.rows([id]),
    paymentItemsOf(ctx.db, ctx.orgId, [id]),
    ctx.db
      .select({ id: paymentEvents.id, eventKey: paymentEvents.eventKey, outcome: paymentEvents.outcome, receivedAt: paymentEvents.receivedAt })
      .from(paymentEvents)
      .where(and(eq(paymentEvents.paymentId, id), eq(paymentEvents.orgId, ctx.orgId)))
      .orderBy(asc(paymentEvents.receivedAt)),
    ctx.db.select().from(refunds).where(and(eq(refunds.paymentId, id), eq(refunds.orgId, ctx.orgId))).orderBy(desc(refunds.createdAt)),
  ]);
  if (!payment) throw notFound("Платёж");
  return { payment, items, events, refunds: refundRows };
}
export type PaymentCard = Awaited<ReturnType<typeof getPaymentCard>>;
