"use server";

import { staffAction } from "@/app/_server/staff-action";
import { dispatch } from "@/inngest/dispatch";
import { DEBT_REMINDER_REQUESTED } from "@/inngest/functions/debt-reminders";
import { debtReminderSchema } from "@/lib/payments/debtors/debt-reminder-schema";
import { previewDebtReminder } from "@/lib/payments/debtors/preview-debt-reminder";
import { startDebtReminder } from "@/lib/payments/debtors/start-debt-reminder";

/** «Напомнить о долге», step one: how many clients of the filtered debtors it reaches and what they read. */
export const previewDebtReminderAction = staffAction("finance.debtors.view", debtReminderSchema, (ctx, input) => previewDebtReminder(ctx, input));

/** Step two, «Отправить»: records the run and starts the job that sends it in chunks. */
export const startDebtReminderAction = staffAction("finance.debtors.view", debtReminderSchema, async (ctx, input) => {
  const started = await startDebtReminder(ctx, input);
  await dispatch(DEBT_REMINDER_REQUESTED, { runId: started.runId });
  return started;
});
