import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invoiceLines, invoices, paymentItems, type InvoiceType, type PaymentItemKind } from "@/db/schema";

export type PaymentItemDetail = {
  id: string;
  paymentId: string;
  kind: PaymentItemKind;
  invoiceId: string | null;
  invoiceType: InvoiceType | null;
  period: string | null;
  /** The service the item paid (the invoice line's name), null for an advance. */
  service: string | null;
  amountKopecks: bigint;
};

/** How the given payments of an organisation were split: per invoice line (invoice, service, amount) and advances. */
export async function paymentItemsOf(db: Db, orgId: string, paymentIds: string[]): Promise<PaymentItemDetail[]> {
  if (!paymentIds.length) return [];
  return db
    .select({
      id: paymentItems.id,
      paymentId: paymentItems.paymentId,
      kind: paymentItems.kind,
      invoiceId: paymentItems.invoiceId,
      invoiceType: paymentItems.invoiceType,
      period: invoices.period,
      service: invoiceLines.serviceName,
      amountKopecks: paymentItems.amountKopecks,
    })
    .from(paymentItems)
    .leftJoin(invoices, eq(invoices.id, paymentItems.invoiceId))
    .leftJoin(invoiceLines, eq(invoiceLines.id, paymentItems.invoiceLineId))
    .where(and(eq(paymentItems.orgId, orgId), inArray(paymentItems.paymentId, paymentIds)))
    .orderBy(asc(paymentItems.paymentId), asc(paymentItems.position));
}
