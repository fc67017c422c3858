import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";

export type EmailMessage = {
  orgId: string | null;
  to: string;
  subject: string;
  body: string;
  template: string;
};

/**
 * Records an email in the outbox, inside the caller's transaction, so that a message exists exactly when the
 * change that caused it was committed. Delivery happens afterwards (see deliver-email.ts).
 */
export async function queueEmail(db: Db, message: EmailMessage): Promise<string> {
  const [row] = await db
    .insert(outbox)
    .values({
      orgId: message.orgId,
      channel: "email",
      recipient: message.to.toLowerCase(),
      subject: message.subject,
      body: message.body,
      template: message.template,
    })
    .returning({ id: outbox.id });
  if (!row) throw new Error("outbox insert returned no row");
  return row.id;
}
