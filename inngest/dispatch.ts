import { errorFields, log } from "@/lib/core/log";
import { inngest, inngestConfigured } from "./client";
import { jobs, type JobEvents } from "./functions";

/**
 * Sends an event to Inngest when a server is configured; otherwise runs the job of that event inline, from the
 * same registry and with the same payload check, so embedded mode behaves like production minus retries. An
 * inline failure is logged, not thrown: the job's own records (e.g. the outbox row) say what happened.
 */
export async function dispatch<K extends keyof JobEvents>(name: K, data: JobEvents[K]): Promise<void> {
  if (inngestConfigured()) {
    await inngest.send({ name, data });
    return;
  }
  const job = jobs.find((j) => j.event === name);
  if (!job) throw new Error(`no job handles ${name}`);
  const run = job.runInline(data).catch((error: unknown) => log.error("job_failed", { job: job.id, trigger: name, ...errorFields(error) }));
  // A background job (a large export) must not hold the response: the employee watches its progress page instead.
  if (!job.inBackground) await run;
}
