import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payments, type PaymentSource } from "@/db/schema";
import { bookPayment, type BookingScope } from "../book-payment";

/** Money that arrived elsewhere (the REST API, a bank statement, a payment registry), already matched to an account. */
export type ThirdPartyPayment = {
  source: Extract<PaymentSource, "api" | "statement" | "registry">;
  /** `api:<externalId>` or a statement line's fingerprint: unique per organisation (payments_org_idempotency_uq). */
  idempotencyKey: string;
  accountId: string;
  buildingId: string | null;
  amountKopecks: bigint;
  invoiceIds: readonly string[];
  /** The day the money arrived (YYYY-MM-DD). */
  paidOn: string;
  purpose: string | null;
  payerName: string | null;
  statementId?: string | null;
};

/**
 * Records a third-party payment and books it (bookPayment) inside the caller's transaction. The row is inserted
 * with ON CONFLICT DO NOTHING on the organisation's idempotency key, so a resend — even one racing this very
 * insert on another connection, which waits for it — finds the first row and books nothing: `created: false`.
 */
export async function bookThirdPartyPayment(tx: Db, scope: BookingScope, payment: ThirdPartyPayment): Promise<{ id: string; created: boolean }> {
  const amount = payment.amountKopecks.toString();
  const [inserted] = await tx
    .insert(payments)
    .values({
      orgId: scope.orgId,
      source: payment.source,
      status: "pending",
      idempotencyKey: payment.idempotencyKey,
      amountKopecks: payment.amountKopecks,
      chargedKopecks: payment.amountKopecks,
      accountId: payment.accountId,
      buildingId: payment.buildingId,
      payerName: payment.payerName,
      purpose: payment.purpose,
      paidOn: payment.paidOn,
      statementId: payment.statementId ?? null,
      intent: [{ accountId: payment.accountId, invoiceIds: [...payment.invoiceIds], amountKopecks: amount }],
    })
    .onConflictDoNothing({ target: [payments.orgId, payments.idempotencyKey] })
    .returning({ id: payments.id });
  if (!inserted) {
    const [existing] = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.orgId, scope.orgId), eq(payments.idempotencyKey, payment.idempotencyKey)));
    if (!existing) throw new Error("payment with a conflicting idempotency key not found");
    return { id: existing.id, created: false };
  }
  // 09:00 UTC of the day it arrived: that same day in every Russian time zone (UTC+2…+12), so the ledger dates it so.
  await bookPayment(tx, scope, inserted.id, new Date(`${payment.paidOn}T09:00:00Z`));
  return { id: inserted.id, created: true };
}

