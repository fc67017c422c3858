import { and, desc, eq, sql } from "drizzle-orm";
import { paymentItems, payments, type PaymentSource, type PaymentStatus } from "@/db/schema";
import type { Db } from "@/db/client";

export type InvoicePaymentRow = { paymentId: string; source: PaymentSource; status: PaymentStatus; paidAt: Date | null; createdAt: Date; amountKopecks: bigint };

/** The payments that paid an invoice (its payment items), newest first, each with the part that went to this invoice. */
export async function invoicePayments(db: Db, orgId: string, invoiceId: string): Promise<InvoicePaymentRow[]> {
  return db
    .select({
      paymentId: payments.id,
      source: payments.source,
      status: payments.status,
      paidAt: payments.paidAt,
      createdAt: payments.createdAt,
      amountKopecks: sql<bigint>`sum(${paymentItems.amountKopecks})`.mapWith((v) => BigInt(v)),
    })
    .from(paymentItems)
    .innerJoin(payments, eq(payments.id, paymentItems.paymentId))
    .where(and(eq(paymentItems.orgId, orgId), eq(paymentItems.invoiceId, invoiceId)))
    .groupBy(payments.id)
    .orderBy(desc(payments.createdAt));
}
