import { NonRetriableError } from "inngest";
import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { deliverEmail } from "@/lib/notify/deliver-email";
import { emailTransportFromEnv } from "@/lib/notify/email-transport";
import { inngest } from "../client";

export const EMAIL_QUEUED = "notify/email.queued";
export const emailQueuedSchema = z.object({ outboxId: z.uuid() });
export type EmailQueuedData = z.infer<typeof emailQueuedSchema>;

/** The job's work; Inngest wraps it in a step, the embedded dispatcher calls it directly. */
export async function runDeliverEmail(data: EmailQueuedData): Promise<string> {
  return deliverEmail(await getDb(), data.outboxId, emailTransportFromEnv());
}

export const deliverEmailFunction = inngest.createFunction(
  { id: "deliver-email", retries: 5, triggers: [{ event: EMAIL_QUEUED }] },
  async ({ event, step }) => {
    const parsed = emailQueuedSchema.safeParse(event.data);
    // A malformed event will never succeed: fail it at once instead of spending the retries.
    if (!parsed.success) throw new NonRetriableError(`invalid ${EMAIL_QUEUED} payload: ${parsed.error.message}`);
    return step.run("deliver", () => runDeliverEmail(parsed.data));
  },
);
