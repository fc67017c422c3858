import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { Button } from "@/components/ui/button";
import { dispatch } from "@/inngest/dispatch";
import { PAYMENT_RECEIVED } from "@/inngest/functions/payment-received";
import { AppError } from "@/lib/core/errors";
import { myPaymentReturn } from "@/lib/payments/my-payment-return";

export const metadata: Metadata = { title: "Оплата" };
export const dynamic = "force-dynamic";

async function load(paymentId: string | undefined) {
  const ctx = await residentPage();
  if (!paymentId || !z.uuid().safeParse(paymentId).success) notFound();
  try {
    const state = await myPaymentReturn(ctx, paymentId);
    // The return beat the notification to it: staff hear of the payment from here instead.
    if (state.booked) await dispatch(PAYMENT_RECEIVED, { paymentId });
    return state;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** Where a gateway sends the payer back: the payment's state, fetched again from the gateway. */
export default async function PaymentReturnPage({ searchParams }: { searchParams: Promise<{ payment?: string }> }) {
  const { status, amount } = await load((await searchParams).payment);
  const title = status === "succeeded" ? "Оплата прошла" : status === "pending" ? "Ждём подтверждения оплаты" : "Оплата не прошла";
  const note =
    status === "succeeded"
      ? `${amount} зачислены, чек придёт на вашу почту.`
      : status === "pending"
        ? "Банк ещё не подтвердил платёж. Обновите страницу через минуту."
        : status === "mismatch"
          ? "Сумма оплаты не совпала с выставленной. Управляющая организация проверит платёж."
          : "Деньги не списаны. Попробуйте ещё раз или выберите другую карту.";
  return (
    <div className="mx-auto max-w-md space-y-4" data-testid="payment-return" data-status={status}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-sm text-muted-foreground">{note}</p>
      <Button asChild>
        <Link href="/cabinet">На главную</Link>
      </Button>
    </div>
  );
}
