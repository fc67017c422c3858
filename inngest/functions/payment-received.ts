import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { env } from "@/lib/core/env";
import { notifyPaymentReceived } from "@/lib/payments/notify-payment-received";
import { defineJob } from "../client";
import { EMAIL_QUEUED } from "./deliver-email";

export const PAYMENT_RECEIVED = "payments/payment.received";

/** «Поступила оплата ЖКУ» to staff who asked for it; each email then goes out through its own delivery job. */
export const paymentReceivedJob = defineJob({
  id: "payment-received",
  event: PAYMENT_RECEIVED,
  schema: z.object({ paymentId: z.uuid() }),
  retries: 3,
  // The gateway waits for our answer to its notification; staff emails must not hold it (embedded mode runs inline).
  inBackground: true,
  run: async ({ paymentId }) => {
    const outboxIds = await notifyPaymentReceived(await getDb(), paymentId, env().publicOrigin);
    // Loaded when needed: dispatch reads the job registry, which lists this very file.
    const { dispatch } = await import("../dispatch");
    for (const outboxId of outboxIds) await dispatch(EMAIL_QUEUED, { outboxId });
    return { emails: outboxIds.length };
  },
});
