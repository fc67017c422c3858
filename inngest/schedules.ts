import { errorFields, log } from "@/lib/core/log";
import { inngestConfigured } from "./client";
import { jobs } from "./functions";

const HOUR = 60 * 60 * 1000;
const FIRST_RUN_DELAY = 60 * 1000;

/**
 * Embedded mode's stand-in for Inngest's cron: every job with a schedule runs a minute after the start and then
 * hourly, through the same inline path dispatch() uses. The scheduled jobs decide for themselves whether today is
 * their day and record what they sent, so running them more often than their cron changes nothing.
 */
export function startInlineSchedules(): void {
  if (inngestConfigured()) return;
  const scheduled = jobs.filter((j) => "cron" in j && j.cron);
  const tick = () => {
    for (const job of scheduled) {
      job.runInline({}).catch((error: unknown) => log.error("job_failed", { job: job.id, trigger: "schedule", ...errorFields(error) }));
    }
  };
  setTimeout(() => {
    tick();
    setInterval(tick, HOUR).unref();
  }, FIRST_RUN_DELAY).unref();
}
