import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import { deliverEmail } from "@/lib/notify/deliver-email";
import { outboxOnlyTransport, type EmailTransport } from "@/lib/notify/email-transport";
import { queueEmail } from "@/lib/notify/queue-email";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const message = (to: string) => ({ orgId: null, to, subject: "Тема", body: "Текст письма", template: "test" });
const statusOf = async (id: string) => (await t.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;

describe("email delivery through the outbox", () => {
  it("records the message in embedded mode without sending it anywhere", async () => {
    const id = await queueEmail(t.db, message("Someone@Example.ru"));
    expect((await statusOf(id)).status).toBe("pending");
    expect(await deliverEmail(t.db, id, outboxOnlyTransport)).toBe("recorded");
    const row = await statusOf(id);
    expect(row.recipient).toBe("someone@example.ru");
    expect(row.sentAt).not.toBeNull();
  });

  it("sends through a provider once, even when the job is retried", async () => {
    const sent: string[] = [];
    const provider: EmailTransport = { name: "resend", send: async (m) => (sent.push(m.to), { providerId: `p-${sent.length}` }) };
    const id = await queueEmail(t.db, message("retry@example.ru"));
    expect(await deliverEmail(t.db, id, provider)).toBe("sent");
    expect(await deliverEmail(t.db, id, provider)).toBe("sent");
    expect(sent).toEqual(["retry@example.ru"]);
    expect((await statusOf(id)).providerId).toBe("p-1");
  });

  it("keeps a failed delivery with its error and succeeds on the next attempt", async () => {
    let fail = true;
    const flaky: EmailTransport = {
      name: "resend",
      send: async () => {
        if (fail) throw new Error("503 from provider");
        return { providerId: "ok" };
      },
    };
    const id = await queueEmail(t.db, message("flaky@example.ru"));
    await expect(deliverEmail(t.db, id, flaky)).rejects.toThrow("503");
    expect(await statusOf(id)).toMatchObject({ status: "failed", error: "503 from provider" });
    fail = false;
    expect(await deliverEmail(t.db, id, flaky)).toBe("sent");
    expect(await statusOf(id)).toMatchObject({ status: "sent", error: null });
  });
});
