import type { z } from "zod";
import { autopayJob } from "./autopay";
import { billingRunJob } from "./billing-run";
import { debtReminderJob } from "./debt-reminders";
import { deliverEmailJob } from "./deliver-email";
import { paymentReceivedJob } from "./payment-received";
import { readingRemindersJob, verificationRemindersJob } from "./meter-reminders";
import { runExportJob } from "./run-export";

/** Every background job. Inngest serves their functions; embedded mode runs the same jobs inline. */
export const jobs = [deliverEmailJob, runExportJob, readingRemindersJob, verificationRemindersJob, billingRunJob, paymentReceivedJob, autopayJob, debtReminderJob] as const;

export const functions = jobs.map((job) => job.function);

type Job = (typeof jobs)[number];
/** Each job's event name and the payload it takes. */
export type JobEvents = { [J in Job as J["event"]]: z.input<J["schema"]> };
