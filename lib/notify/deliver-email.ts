import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import type { EmailTransport } from "./email-transport";

/**
 * Sends one queued email. Idempotent: a message already sent (or recorded) is not sent again, so a retried
 * job cannot email someone twice.
 */
export async function deliverEmail(db: Db, outboxId: string, transport: EmailTransport): Promise<string> {
  const [message] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, outboxId), eq(outbox.channel, "email")))
    .limit(1);
  if (!message) throw new Error(`outbox message ${outboxId} not found`);
  if (message.status !== "pending" && message.status !== "failed") return message.status;
  try {
    const { providerId } = await transport.send({
      to: message.recipient,
      subject: message.subject ?? "",
      text: message.body,
    });
    const status = transport.name === "outbox" ? "recorded" : "sent";
    await db.update(outbox).set({ status, providerId, sentAt: new Date(), error: null }).where(eq(outbox.id, outboxId));
    return status;
  } catch (error) {
    await db
      .update(outbox)
      .set({ status: "failed", error: error instanceof Error ? error.message : String(error) })
      .where(eq(outbox.id, outboxId));
    throw error;
  }
}
