import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { outbox } from "@/db/schema";
import { addEmployee, createOrg } from "@/tests/support/fixtures";
import { createAppTestDb, type TestDb } from "@/tests/support/test-db";

// No AUTH_URL (a developer's machine, a forgotten setting): the link must still not follow the request's Host.
// env() reads this once on first use, which comes after this line.
vi.stubEnv("AUTH_URL", "");
vi.stubEnv("PORT", "3000");
vi.mock("next/headers", async () => {
  const { SOCKET_ADDRESS_HEADER, socketAddressStamp } = await import("@/lib/core/client-ip");
  return {
    headers: async () =>
      new Headers({
        host: "evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
        [SOCKET_ADDRESS_HEADER]: socketAddressStamp("203.0.113.50"),
      }),
  };
});

let t: TestDb;
beforeAll(async () => {
  t = await createAppTestDb();
});
afterAll(() => t?.close());

describe("the emailed reset link", () => {
  it("starts with our own origin, whatever Host and X-Forwarded-Host the request carries", async () => {
    const org = await createOrg(t.db, "Ссылка");
    const email = "linked@test.local";
    await addEmployee(t.db, org, { email, preset: "dispatcher" });
    const { requestPasswordResetAction } = await import("@/app/(public)/reset-password/actions");
    expect(await requestPasswordResetAction({ email })).toMatchObject({ ok: true });
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.recipient, email));
    expect(mail?.body).toMatch(/http:\/\/localhost:3000\/reset-password\/\S+/);
    expect(mail?.body).not.toContain("evil.example");
  });
});
