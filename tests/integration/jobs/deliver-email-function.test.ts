import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import { deliverEmailFunction, EMAIL_QUEUED } from "@/inngest/functions/deliver-email";
import { dispatch } from "@/inngest/dispatch";
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
    const engine = new InngestTestEngine({ function: deliverEmailFunction });
    const { result } = await engine.execute({ events: [{ name: EMAIL_QUEUED, data: { outboxId } }] });
    expect(result).toBe("recorded");
    expect(await status(outboxId)).toBe("recorded");
  });

  it("refuses a malformed event instead of guessing", async () => {
    const engine = new InngestTestEngine({ function: deliverEmailFunction });
    const { error } = await engine.execute({ events: [{ name: EMAIL_QUEUED, data: { outboxId: "not-a-uuid" } }] });
    expect(error).toBeTruthy();
  });
});
