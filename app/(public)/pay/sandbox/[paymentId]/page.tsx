import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/app/_server/db";
import { formatRoubles } from "@/lib/exchange/decimal";
import { openSandboxCheckout } from "@/lib/payments/gateways/sandbox-checkout";
import { SandboxButtons } from "./sandbox-buttons";

export const metadata: Metadata = { title: "Тестовая оплата" };

/** The sandbox gateway's payment page: no card, three outcomes a real bank could give. */
export default async function SandboxCheckoutPage({ params, searchParams }: { params: Promise<{ paymentId: string }>; searchParams: Promise<{ t?: string }> }) {
  const { paymentId } = await params;
  const { t: token } = await searchParams;
  const checkout = token ? await openSandboxCheckout(await getDb(), paymentId, token) : null;
  if (!checkout || !token) notFound();
  return (
    <main className="mx-auto max-w-md space-y-6 p-6">
      <div className="space-y-1">
        <p className="text-sm text-muted-foreground">Тестовый платёжный шлюз — деньги не списываются</p>
        <h1 className="text-2xl font-semibold">{formatRoubles(BigInt(checkout.amountKopecks))}</h1>
        <p className="text-sm">{checkout.description}</p>
      </div>
      <SandboxButtons providerPaymentId={paymentId} token={token} />
    </main>
  );
}
