"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { deletePayment, deletePaymentSchema } from "@/lib/payments/delete-payment";

/** «Удалить платёж» in the payment list: a third-party payment booked by mistake, with the reason; reverses its ledger entries. */
export const deletePaymentAction = staffAction("finance.payments.edit", deletePaymentSchema, async (ctx, input) => {
  const result = await deletePayment(ctx, input);
  revalidatePath("/crm/payments");
  return result;
});
