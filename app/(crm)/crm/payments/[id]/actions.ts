"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { refundPayment } from "@/lib/payments/refund-payment";
import { refundPaymentSchema } from "@/lib/payments/refund-payment-schema";

/** «Вернуть» on the payment card: a full or partial refund through the payment's gateway. */
export const refundPaymentAction = staffAction("requests.refund", refundPaymentSchema, async (ctx, input) => {
  const result = await refundPayment(ctx, input);
  revalidatePath(`/crm/payments/${input.paymentId}`);
  revalidatePath("/crm/payments");
  return result;
});
