import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meterReminders, type MeterReminderKind } from "@/db/schema";
import { queueEmail, type EmailMessage } from "@/lib/notify/queue-email";

export type ReminderRecipient = { type: "client" | "employee"; id: string; email: string };

/**
 * Claims the occasions not yet reminded to this recipient and, when any is new, queues one email about them, in one
 * transaction: a job run twice (a retry, two servers, the next hourly tick) finds the rows taken and sends nothing.
 * Returns the outbox id, or null when everything was already sent.
 */
export async function sendReminderOnce<T extends { occasion: string }>(
  db: Db,
  reminder: { orgId: string; kind: MeterReminderKind; recipient: ReminderRecipient; items: readonly T[] },
  compose: (fresh: T[]) => Omit<EmailMessage, "orgId" | "to">,
): Promise<string | null> {
  const { orgId, kind, recipient } = reminder;
  if (!reminder.items.length) return null;
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(meterReminders)
      .values(reminder.items.map((i) => ({ orgId, kind, recipientType: recipient.type, recipientId: recipient.id, occasion: i.occasion })))
      .onConflictDoNothing()
      .returning({ id: meterReminders.id, occasion: meterReminders.occasion });
    const taken = new Set(claimed.map((c) => c.occasion));
    const fresh = reminder.items.filter((i) => taken.has(i.occasion));
    if (!fresh.length) return null;
    const outboxId = await queueEmail(tx, { ...compose(fresh), orgId, to: recipient.email });
    await tx.update(meterReminders).set({ outboxId }).where(inArray(meterReminders.id, claimed.map((c) => c.id)));
    return outboxId;
  });
}

/** Rows grouped by a key, in their order (Map.groupBy arrives with Node 21). */
export function groupRows<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
