"use server";

import { residentAction } from "@/app/_server/resident-action";
import { createOnlinePayment } from "@/lib/payments/create-online-payment";
import { startPaymentSchema } from "@/lib/residents/payments/start-payment-schema";
import { startPayment } from "@/lib/residents/payments/start-payment";

/** «Оплатить»: the checks and the gateway's payment; the form then sends the resident to the gateway's page. */
export const startPaymentAction = residentAction(startPaymentSchema, async (ctx, input) => {
  const { redirectUrl } = await startPayment(ctx, input, createOnlinePayment);
  return { redirectUrl };
});
