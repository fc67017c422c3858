import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { sendDebtReminders } from "@/lib/payments/debtors/send-debt-reminders";
import { defineJob } from "../client";
import { EMAIL_QUEUED } from "./deliver-email";

export const DEBT_REMINDER_REQUESTED = "payments/debt-reminder.requested";

/** «Напомнить о долге» (seed 000 §17): the run's recipients in chunks, then each queued email through its own delivery job. */
export const debtReminderJob = defineJob({
  id: "debt-reminder",
  event: DEBT_REMINDER_REQUESTED,
  schema: z.object({ runId: z.uuid() }),
  inBackground: true,
  run: async ({ runId }) => {
    const { sent, emailIds } = await sendDebtReminders(await getDb(), runId);
    // Loaded when needed: dispatch reads the job registry, which lists this very file.
    const { dispatch } = await import("../dispatch");
    for (const outboxId of emailIds) await dispatch(EMAIL_QUEUED, { outboxId });
    return { sent };
  },
});
