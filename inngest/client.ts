import { Inngest, NonRetriableError } from "inngest";
import type { z } from "zod";
import { env } from "@/lib/core/env";
import { errorFields, log, type LogLevel } from "@/lib/core/log";

/** Inngest speaks pino's shape, `(fields?, message)`: one of our JSON lines per call, tagged as Inngest's. */
const toOurLog =
  (level: LogLevel) =>
  (...args: unknown[]) => {
    const message = args.find((a): a is string => typeof a === "string");
    const fields = args.find((a): a is object => typeof a === "object" && a !== null);
    log[level]("inngest", { message, ...(fields instanceof Error ? errorFields(fields) : fields) });
  };

export const inngest = new Inngest({
  id: "domkom",
  logger: { debug: toOurLog("debug"), info: toOurLog("info"), warn: toOurLog("warn"), error: toOurLog("error") },
});

/** An Inngest server is in use only when configured; otherwise jobs run inline in this process. */
export const inngestConfigured = () => Boolean(env().INNGEST_EVENT_KEY || env().INNGEST_DEV);

type FunctionOptions = Parameters<typeof inngest.createFunction>[0];

/**
 * A background job, defined once: its id, the event that starts it, the payload schema and the work. From this
 * one definition come both the Inngest function (served at /api/inngest, work inside a step with a stable id)
 * and the inline run that embedded mode uses, so the two cannot drift apart.
 */
export function defineJob<E extends string, S extends z.ZodType, R>(job: {
  id: string;
  event: E;
  schema: S;
  retries?: FunctionOptions["retries"];
  /** Inline (embedded mode), run after the response instead of before it: for long work with a progress page. */
  inBackground?: boolean;
  /**
   * Also started by Inngest on this schedule («TZ=Europe/Moscow 0 9 * * *»). Embedded mode has no scheduler of its
   * own for it: inngest/schedules.ts runs such jobs on a timer, so they must be safe to run more often than this.
   */
  cron?: string;
  run: (data: z.output<S>) => Promise<R>;
}) {
  const parse = (data: unknown): z.output<S> => {
    const parsed = job.schema.safeParse(data);
    // A malformed event will never succeed: fail it at once instead of spending the retries.
    if (!parsed.success) throw new NonRetriableError(`invalid ${job.event} payload: ${parsed.error.message}`);
    return parsed.data;
  };
  const fn = inngest.createFunction(
    { id: job.id, retries: job.retries, triggers: job.cron ? [{ event: job.event }, { cron: job.cron }] : [{ event: job.event }] },
    async ({ event, step }) => {
      const data = parse(event.data);
      return step.run(job.id, () => job.run(data));
    },
  );
  return { ...job, function: fn, runInline: async (data: unknown) => job.run(parse(data)) };
}
