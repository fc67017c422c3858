import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { env } from "@/lib/core/env";
import { runAutopay } from "@/lib/payments/autopay/run-autopay";
import { gatewayFor } from "@/lib/payments/gateways/gateway-for";
import { defineJob } from "../client";
import { EMAIL_QUEUED } from "./deliver-email";
import { PAYMENT_RECEIVED } from "./payment-received";

export const AUTOPAY_DUE = "payments/autopay.due";

/** A scheduled run carries nothing (Inngest's cron payload is dropped); `now` lets a test or an operator pick the day. */
const schema = z.object({ now: z.iso.datetime().optional() });

/**
 * Seed 000 resident §7: every morning the saved cards of active autopay settings are charged for the invoices whose
 * day has come, failures tried again on the next two days, residents reminded and told. Hourly in embedded mode: each
 * try and each notice is claimed by a unique row, so a second run of the day charges and sends nothing.
 */
export const autopayJob = defineJob({
  id: "payments-autopay",
  event: AUTOPAY_DUE,
  schema,
  cron: "TZ=Europe/Moscow 0 10 * * *",
  run: async ({ now }) => {
    const result = await runAutopay(await getDb(), { gatewayFor, publicOrigin: env().publicOrigin }, now ? new Date(now) : undefined);
    // Loaded when needed: dispatch reads the job registry, which lists this very file.
    const { dispatch } = await import("../dispatch");
    for (const outboxId of result.outboxIds) await dispatch(EMAIL_QUEUED, { outboxId });
    // Staff hear of a charge booked at once as of one a notification booked.
    for (const paymentId of result.bookedPaymentIds) await dispatch(PAYMENT_RECEIVED, { paymentId });
    return { ...result, outboxIds: result.outboxIds.length, bookedPaymentIds: result.bookedPaymentIds.length };
  },
});
