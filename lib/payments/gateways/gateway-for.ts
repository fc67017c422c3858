import type { PaymentProvider, paymentGateways } from "@/db/schema";
import { env } from "@/lib/core/env";
import { decryptGatewaySecret } from "./gateway-secrets";
import type { PaymentGateway } from "./payment-gateway";
import { SANDBOX_ACKNOWLEDGEMENT, sandboxGateway } from "./sandbox";
import { TBANK_ACKNOWLEDGEMENT, tbankGateway } from "./tbank";
import { YOOKASSA_ACKNOWLEDGEMENT, yookassaGateway } from "./yookassa";

type GatewayRow = typeof paymentGateways.$inferSelect;

function secretOf(row: GatewayRow): string {
  if (!row.secretEncrypted) throw new Error(`payment gateway ${row.id} has no secret`);
  return decryptGatewaySecret(row.secretEncrypted);
}

/** The sandbox adapter with its checkout-page helpers, for the page and its buttons. */
export const sandboxGatewayFor = (row: GatewayRow) => sandboxGateway({ gatewayId: row.id, secret: secretOf(row), publicOrigin: env().publicOrigin });

/** The adapter of a configured gateway, its secret decrypted; API addresses from the environment (fakes in tests). */
export function gatewayFor(row: GatewayRow): PaymentGateway {
  switch (row.provider) {
    case "sandbox":
      return sandboxGatewayFor(row);
    case "yookassa":
      return yookassaGateway({ shopId: row.accountKey ?? "", secretKey: secretOf(row), baseUrl: env().YOOKASSA_API_URL });
    case "tbank":
      return tbankGateway({ terminalKey: row.accountKey ?? "", password: secretOf(row), baseUrl: env().TBANK_API_URL });
  }
}

/** What each provider expects in answer to a notification, also before its gateway is known (an unknown payment). */
export const acknowledgementOf: Record<PaymentProvider, PaymentGateway["acknowledgement"]> = {
  sandbox: SANDBOX_ACKNOWLEDGEMENT,
  yookassa: YOOKASSA_ACKNOWLEDGEMENT,
  tbank: TBANK_ACKNOWLEDGEMENT,
};
