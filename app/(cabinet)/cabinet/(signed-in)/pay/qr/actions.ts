"use server";

import { z } from "zod";
import { residentAction } from "@/app/_server/resident-action";
import { resolvePaymentQr } from "@/lib/residents/payments/resolve-payment-qr";
import { boundedString } from "@/lib/validation/bounded-string";

/** The decoded QR text → the pay screen's address for the resident's account, the amount pre-filled. */
export const resolvePaymentQrAction = residentAction(z.object({ text: boundedString(2000, "QR-код") }), async (ctx, { text }) => {
  const found = await resolvePaymentQr(ctx, text);
  const query = new URLSearchParams({ premise: found.premiseId, account: found.accountId });
  if (found.sumKopecks !== null) query.set("sum", found.sumKopecks.toString());
  return { href: `/cabinet/pay?${query}` };
});
