import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { countDebtReminderRecipients, debtReminderRecipients } from "./debt-reminder-recipients";
import type { DebtReminderInput } from "./debt-reminder-schema";
import { debtReminderText } from "./debt-reminder-text";

export const organisationName = async (ctx: StaffContext) =>
  (await ctx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, ctx.orgId)))[0]?.name ?? "";

/** Before «Отправить»: how many clients the reminder reaches today (with an address, not reminded yet) and what the first reads. */
export async function previewDebtReminder(ctx: StaffContext, input: DebtReminderInput): Promise<{ recipients: number; sample: { name: string; text: string } | null }> {
  assertPermission(ctx, "finance.debtors.view");
  const today = todayIn(ctx.timezone);
  const [recipients, [first], orgName] = await Promise.all([
    countDebtReminderRecipients(ctx, input.query, input.channel, today),
    debtReminderRecipients(ctx, input.query, input.channel, today, { limit: 1 }),
    organisationName(ctx),
  ]);
  return { recipients, sample: first ? { name: first.name, text: debtReminderText(orgName, first) } : null };
}
