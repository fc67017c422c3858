import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { env } from "@/lib/core/env";
import { sendReadingReminders } from "@/lib/meters/reminders/send-reading-reminders";
import { sendVerificationReminders } from "@/lib/meters/reminders/send-verification-reminders";
import { defineJob } from "../client";
import { EMAIL_QUEUED } from "./deliver-email";

export const READING_REMINDERS_DUE = "meters/reading-reminders.due";
export const VERIFICATION_REMINDERS_DUE = "meters/verification-reminders.due";

/** A scheduled run carries nothing (Inngest's cron payload is dropped); `now` lets a test or an operator pick the day. */
const schema = z.object({ now: z.iso.datetime().optional() });

/** Each queued email goes out through its own delivery job, so one bad address is retried alone. */
async function deliver(outboxIds: string[]) {
  // Loaded when needed: dispatch reads the job registry, which lists this very file.
  const { dispatch } = await import("../dispatch");
  for (const outboxId of outboxIds) await dispatch(EMAIL_QUEUED, { outboxId });
  return { emails: outboxIds.length };
}

/**
 * §7 (a): every morning, the organisations whose reminder day it is (in their own time zone) remind residents who have
 * not yet sent this month's readings. Hourly in embedded mode: a second run finds the reminders recorded and sends none.
 */
export const readingRemindersJob = defineJob({
  id: "meter-reading-reminders",
  event: READING_REMINDERS_DUE,
  schema,
  cron: "TZ=Europe/Moscow 0 9 * * *",
  run: async ({ now }) => deliver(await sendReadingReminders(await getDb(), env().publicOrigin, now ? new Date(now) : undefined)),
});

/** §7 (b): verification due within 30 days or expired, to residents and to staff who asked for it; once per meter and date. */
export const verificationRemindersJob = defineJob({
  id: "meter-verification-reminders",
  event: VERIFICATION_REMINDERS_DUE,
  schema,
  cron: "TZ=Europe/Moscow 0 9 * * *",
  run: async ({ now }) => deliver(await sendVerificationReminders(await getDb(), env().publicOrigin, now ? new Date(now) : undefined)),
});
