import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employees, outbox } from "@/db/schema";
import { seedDemo } from "@/lib/demo/demo";
import { DEMO_PASSWORD, demoLogins, demoOrigin } from "@/lib/demo/demo-logins";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let orgId: string;
beforeAll(async () => {
  t = await createTestDb();
  orgId = await seedDemo(t.db);
});
afterAll(() => t?.close());

describe("the demo organisation", () => {
  it("sends no sign-up email whose password would contradict the printed one", async () => {
    const messages = await t.db.select({ subject: outbox.subject }).from(outbox).where(eq(outbox.orgId, orgId));
    expect(messages.map((m) => m.subject)).not.toContain("Регистрация в Домкоме");
  });

  it("lets every printed login in with the printed password, without forcing a change", async () => {
    for (const { email } of demoLogins) {
      const result = await authenticateStaff(t.db, { email, password: DEMO_PASSWORD });
      expect(result.ok, email).toBe(true);
    }
    const forced = await t.db.select({ email: employees.email }).from(employees).where(eq(employees.mustChangePassword, true));
    expect(forced).toEqual([]);
  });
});

describe("demoOrigin", () => {
  it("prints the address npm run demo binds: loopback by default, PORT and HOST when given", () => {
    expect(demoOrigin({})).toBe("http://127.0.0.1:3000");
    expect(demoOrigin({ PORT: "3107" })).toBe("http://127.0.0.1:3107");
    expect(demoOrigin({ HOST: "0.0.0.0", PORT: "8080" })).toBe("http://localhost:8080");
    expect(demoOrigin({ HOST: "::1" })).toBe("http://[::1]:3000");
  });
});
