import type { Db } from "@/db/client";
import { paymentGateways, payments, type PaymentSource } from "@/db/schema";
import { bookPayment } from "@/lib/payments/book-payment";

/** A sandbox gateway of a payee, as the gateways' settings would have it (no secret: lists never read it). */
export async function makeGateway(db: Db, orgId: string, payee: { legalEntityId: string; bankAccountId: string }, name = "Тестовый шлюз") {
  const [row] = await db.insert(paymentGateways).values({ orgId, ...payee, provider: "sandbox", name, commissionBp: 150 }).returning();
  return row!;
}

/**
 * A payment for one account, booked through bookPayment unless `pending`: online through `gatewayId`, or a
 * third-party one (`source` api / statement).
 */
export async function makePayment(
  db: Db,
  orgId: string,
  p: { accountId: string; buildingId: string; amountKopecks: bigint; source?: PaymentSource; gatewayId?: string; payerName?: string; payerClientId?: string; pending?: boolean; createdAt?: Date },
) {
  const source = p.source ?? "online";
  const commissionKopecks = source === "online" ? p.amountKopecks / 100n : 0n;
  const [row] = await db
    .insert(payments)
    .values({
      orgId,
      source,
      idempotencyKey: `key-${Math.random().toString(36).slice(2)}`,
      gatewayId: p.gatewayId ?? null,
      provider: p.gatewayId ? "sandbox" : null,
      providerPaymentId: p.gatewayId ? `sbx-${Math.random().toString(36).slice(2)}` : null,
      amountKopecks: p.amountKopecks,
      commissionKopecks,
      chargedKopecks: p.amountKopecks,
      accountId: p.accountId,
      buildingId: p.buildingId,
      payerName: p.payerName ?? null,
      payerClientId: p.payerClientId ?? null,
      intent: [{ accountId: p.accountId, invoiceIds: [], amountKopecks: p.amountKopecks.toString() }],
      ...(p.createdAt ? { createdAt: p.createdAt } : {}),
    })
    .returning();
  if (!p.pending) await db.transaction((tx) => bookPayment(tx, { orgId, actor: { type: "system", name: "Тест" } }, row!.id));
  return row!;
}
