import type { Db } from "@/db/client";
import { paymentGateways, payments, type PaymentProvider, type PaymentSource } from "@/db/schema";
import { bookPayment } from "@/lib/payments/book-payment";
import { encryptGatewaySecret } from "@/lib/payments/gateways/gateway-secrets";

// Gateway secrets in tests are sealed under a key of their own, not the developer's embedded secret in .data/.
process.env.PAYMENT_SECRETS_KEY ??= "test-payment-secrets-key-0123456789abcdef";

/** A gateway row of a payee, its secret sealed as the settings screen would. */
export async function makeGateway(
  db: Db,
  orgId: string,
  payee: { legalEntityId: string; bankAccountId: string | null },
  provider: PaymentProvider,
  credentials: { accountKey?: string; secret: string },
  extra: Partial<typeof paymentGateways.$inferInsert> = {},
) {
  const [row] = await db
    .insert(paymentGateways)
    .values({ orgId, ...payee, provider, name: provider, accountKey: credentials.accountKey ?? null, secretEncrypted: encryptGatewaySecret(credentials.secret), ...extra })
    .returning();
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
