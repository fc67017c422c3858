import type { Db } from "@/db/client";
import { autopayNotices, type AutopayNoticeKind } from "@/db/schema";
import { queueEmail } from "@/lib/notify/queue-email";
import { sendSms, type SmsGateway } from "@/lib/notify/sms";
import { eq } from "drizzle-orm";

export type NoticeRecipient = { email: string | null; phone: string | null };

/**
 * Tells the resident something about one invoice's autopay, once: the notice row is claimed first (unique per
 * setting, invoice and kind) and the email is queued in the same transaction; without an email, an SMS. A rerun of
 * the day finds the row and sends nothing. Returns the outbox id of a queued email (for delivery), else null.
 */
export async function noticeOnce(
  db: Db,
  sms: SmsGateway,
  notice: { orgId: string; autopayId: string; invoiceId: string; kind: AutopayNoticeKind; to: NoticeRecipient; subject: string; text: string },
): Promise<string | null> {
  const { orgId, autopayId, invoiceId, kind, to } = notice;
  if (!to.email && !to.phone) return null;
  const template = `payments.autopay_${kind}`;
  return db.transaction(async (tx) => {
    const [claimed] = await tx.insert(autopayNotices).values({ orgId, autopayId, invoiceId, kind }).onConflictDoNothing().returning({ id: autopayNotices.id });
    if (!claimed) return null;
    if (!to.email) {
      await sendSms(tx, sms, { orgId, to: to.phone!, text: `Домком: ${notice.text}`, template });
      return null;
    }
    const outboxId = await queueEmail(tx, { orgId, to: to.email, subject: notice.subject, body: notice.text, template });
    await tx.update(autopayNotices).set({ outboxId }).where(eq(autopayNotices.id, claimed.id));
    return outboxId;
  });
}
