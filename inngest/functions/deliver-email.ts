import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { deliverEmail } from "@/lib/notify/deliver-email";
import { emailTransportFromEnv } from "@/lib/notify/email-transport";
import { defineJob } from "../client";

export const EMAIL_QUEUED = "notify/email.queued";

/** Sends one queued outbox email; retried by Inngest, the outbox row records each attempt. */
export const deliverEmailJob = defineJob({
  id: "deliver-email",
  event: EMAIL_QUEUED,
  schema: z.object({ outboxId: z.uuid() }),
  retries: 5,
  run: async ({ outboxId }) => deliverEmail(await getDb(), outboxId, emailTransportFromEnv()),
});
