import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { debtReminderRuns, debtReminders, organisations } from "@/db/schema";
import { systemContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { queueEmail } from "@/lib/notify/queue-email";
import { outboxOnlySmsGateway, sendSms, type SmsGateway } from "@/lib/notify/sms";
import { debtReminderRecipients } from "./debt-reminder-recipients";
import { DEBT_REMINDER_SUBJECT, debtReminderText } from "./debt-reminder-text";

/** Recipients per step: one read of the filter and one insert of the claims. */
const CHUNK = 200;

/**
 * Sends a «Напомнить о долге» run in chunks: each chunk of recipients is claimed in debt_reminders, whose unique
 * (org, client, day) lets a client be claimed once a day whatever runs overlap; only the claimed are written to —
 * an email queued in the outbox (its ids returned for delivery), an SMS recorded and sent. The run's `sent` grows by
 * what was claimed, in the same statement. Reads the debtors with the scope the employee had when pressing «Отправить».
 */
export async function sendDebtReminders(db: Db, runId: string, sms: SmsGateway = outboxOnlySmsGateway): Promise<{ sent: number; emailIds: string[] }> {
  const [run] = await db.select().from(debtReminderRuns).where(eq(debtReminderRuns.id, runId));
  if (!run || run.status === "done") return { sent: 0, emailIds: [] };
  const [org] = await db.select({ name: organisations.name, timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, run.orgId));
  const ctx = { ...systemContext(db, run.orgId, "Напоминание о долге"), buildingIds: run.buildingIds, timezone: org?.timezone ?? "Europe/Moscow" };
  const today = todayIn(ctx.timezone);
  const emailIds: string[] = [];
  let sent = 0;
  for (let after: string | null = null; ; ) {
    const chunk = await debtReminderRecipients(ctx, run.filter, run.channel, today, { afterClientId: after, limit: CHUNK });
    if (!chunk.length) break;
    after = chunk.at(-1)!.clientId;
    const claimed = await db
      .insert(debtReminders)
      .values(chunk.map((r) => ({ orgId: run.orgId, runId, clientId: r.clientId, channel: run.channel, recipient: r.address, debtKopecks: r.debtKopecks, sentOn: today })))
      .onConflictDoNothing()
      .returning({ clientId: debtReminders.clientId });
    const mine = new Set(claimed.map((c) => c.clientId));
    for (const r of chunk.filter((c) => mine.has(c.clientId))) {
      const text = debtReminderText(org?.name ?? "", r);
      if (run.channel === "email") emailIds.push(await queueEmail(db, { orgId: run.orgId, to: r.address, subject: DEBT_REMINDER_SUBJECT, body: text, template: "debt.reminder" }));
      else await sendSms(db, sms, { orgId: run.orgId, to: r.address, text, template: "debt.reminder" });
    }
    sent += mine.size;
    await db.update(debtReminderRuns).set({ sent: sql`${debtReminderRuns.sent} + ${mine.size}` }).where(eq(debtReminderRuns.id, runId));
    if (chunk.length < CHUNK) break;
  }
  await db.update(debtReminderRuns).set({ status: "done", finishedAt: new Date() }).where(and(eq(debtReminderRuns.id, runId), eq(debtReminderRuns.status, "queued")));
  return { sent, emailIds };
}
