import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import { deliverEmailJob, EMAIL_QUEUED } from "@/inngest/functions/deliver-email";
import { functions, jobs } from "@/inngest/functions";
import { dispatch } from "@/inngest/dispatch";
import { setLogSink, type LogLine } from "@/lib/core/log";
import { queueEmail } from "@/lib/notify/queue-email";
import { createAppTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createAppTestDb();
});
afterAll(() => t?.close());

const queue = (to: string) => queueEmail(t.db, { orgId: null, to, subject: "Приглашение", body: "Пароль: x", template: "test" });
const status = async (id: string) => (await t.db.select({ s: outbox.status }).from(outbox).where(eq(outbox.id, id)))[0]?.s;

describe("the deliver-email job", () => {
  it("runs inline when no Inngest server is configured", async () => {
    const outboxId = await queue("inline@example.ru");
    await dispatch(EMAIL_QUEUED, { outboxId });
    expect(await status(outboxId)).toBe("recorded");
  });

  it("delivers the queued email as an Inngest function step", async () => {
    const outboxId = await queue("inngest@example.ru");
    const engine = new InngestTestEngine({ function: deliverEmailJob.function });
    const { result } = await engine.execute({ events: [{ name: EMAIL_QUEUED, data: { outboxId } }] });
    expect(result).toBe("recorded");
    expect(await status(outboxId)).toBe("recorded");
  });

  it("refuses a malformed event instead of guessing", async () => {
    const engine = new InngestTestEngine({ function: deliverEmailJob.function });
    const { error } = await engine.execute({ events: [{ name: EMAIL_QUEUED, data: { outboxId: "not-a-uuid" } }] });
    expect(error).toBeTruthy();
  });

  it("runs inline with the same payload check as the Inngest function, and logs the refusal as one line", async () => {
    const lines: LogLine[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      await dispatch(EMAIL_QUEUED, { outboxId: "not-a-uuid" });
    } finally {
      setLogSink(previous);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", event: "job_failed", job: "deliver-email" });
    expect(JSON.stringify(lines[0])).toContain("invalid notify/email.queued payload");
  });
});

describe("the job registry", () => {
  it("is what Inngest serves: one function per job, each triggered by its job's event", () => {
    expect(functions).toHaveLength(jobs.length);
    expect(new Set(jobs.map((j) => j.event)).size).toBe(jobs.length);
    expect(functions.map((f) => f.id())).toEqual(jobs.map((j) => j.id));
  });
});
