import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { paymentGateways } from "@/db/schema";
import { env } from "@/lib/core/env";
import { AppError, notFound } from "@/lib/core/errors";
import { boundedString } from "@/lib/validation/bounded-string";
import { sandboxGatewayFor } from "./gateway-for";
import { checkoutGatewayId, SANDBOX_SIGNATURE_HEADER, type SandboxCheckout } from "./sandbox";

export const sandboxDecisionSchema = z.object({
  providerPaymentId: boundedString(100),
  token: boundedString(4000),
  outcome: z.enum(["paid", "declined", "3ds_failed"]),
});

async function open(db: Db, providerPaymentId: string, token: string) {
  const gatewayId = checkoutGatewayId(token);
  if (!gatewayId || !z.uuid().safeParse(gatewayId).success) return null;
  const [row] = await db.select().from(paymentGateways).where(and(eq(paymentGateways.id, gatewayId), eq(paymentGateways.provider, "sandbox"), isNull(paymentGateways.archivedAt)));
  if (!row) return null;
  const gateway = sandboxGatewayFor(row);
  const checkout = gateway.openCheckout(token);
  return checkout && checkout.providerPaymentId === providerPaymentId ? { gateway, checkout } : null;
}

/** The sandbox's checkout page: what its signed link says is to be paid; null for a link we did not make. */
export async function openSandboxCheckout(db: Db, providerPaymentId: string, token: string): Promise<SandboxCheckout | null> {
  return (await open(db, providerPaymentId, token))?.checkout ?? null;
}

/**
 * A button of the sandbox's checkout page: the sandbox, playing the bank, sends its signed notification to our
 * real webhook (on the configured public origin, as a provider would) and sends the payer back to the return URL.
 */
export async function decideSandboxCheckout(db: Db, input: z.output<typeof sandboxDecisionSchema>, send: typeof fetch = fetch): Promise<{ returnUrl: string }> {
  const opened = await open(db, input.providerPaymentId, input.token);
  if (!opened) throw notFound("Платёж");
  const webhook = `${env().publicOrigin}/api/payments/sandbox/webhook`;
  if (opened.checkout.notificationUrl !== webhook) throw new AppError("CONFLICT", "Ссылка на оплату создана для другого адреса сайта");
  const { rawBody, signature } = opened.gateway.notice(opened.checkout, input.outcome);
  const answer = await send(webhook, { method: "POST", headers: { "content-type": "application/json", [SANDBOX_SIGNATURE_HEADER]: signature }, body: rawBody, signal: AbortSignal.timeout(15_000) });
  if (!answer.ok) throw new AppError("CONFLICT", "Уведомление об оплате не принято. Попробуйте ещё раз");
  return { returnUrl: opened.checkout.returnUrl };
}
