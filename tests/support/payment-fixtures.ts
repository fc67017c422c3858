import type { Db } from "@/db/client";
import { paymentGateways, type PaymentProvider } from "@/db/schema";
import { encryptGatewaySecret } from "@/lib/payments/gateways/gateway-secrets";

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
