"use server";

import { residentAction } from "@/app/_server/resident-action";
import { dispatch } from "@/inngest/dispatch";
import { PAYMENT_RECEIVED } from "@/inngest/functions/payment-received";
import { createOnlinePayment } from "@/lib/payments/create-online-payment";
import { startPaymentSchema } from "@/lib/residents/payments/start-payment-schema";
import { startPayment } from "@/lib/residents/payments/start-payment";

/**
 * «Оплатить»: the checks and the gateway's payment; the form then sends the resident to the gateway's page, or — a
 * saved card charged at once — to the outcome page. A charge booked at once tells staff like the webhook route does.
 */
export const startPaymentAction = residentAction(startPaymentSchema, async (ctx, input) => {
  const { paymentId, redirectUrl, booked } = await startPayment(ctx, input, createOnlinePayment);
  if (booked) await dispatch(PAYMENT_RECEIVED, { paymentId });
  return { redirectUrl };
});
