import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";

/** What an SMS gateway adapter implements; the real provider is chosen at deployment. */
export type SmsGateway = {
  name: string;
  send(message: { to: string; text: string }): Promise<{ providerId: string | null }>;
};

export const outboxOnlySmsGateway: SmsGateway = { name: "outbox", send: async () => ({ providerId: null }) };

/** Records the SMS in the outbox, then hands it to the gateway; the row tells what happened either way. */
export async function sendSms(
  db: Db,
  gateway: SmsGateway,
  message: { orgId: string | null; to: string; text: string; template: string },
): Promise<void> {
  let status = gateway.name === "outbox" ? "recorded" : "sent";
  let providerId: string | null = null;
  let error: string | null = null;
  try {
    ({ providerId } = await gateway.send({ to: message.to, text: message.text }));
  } catch (e) {
    status = "failed";
    error = e instanceof Error ? e.message : String(e);
  }
  await db.insert(outbox).values({
    orgId: message.orgId,
    channel: "sms",
    recipient: message.to,
    body: message.text,
    template: message.template,
    status,
    providerId,
    error,
    sentAt: status === "failed" ? null : new Date(),
  });
}
