import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations } from "@/db/schema";
import { authenticateStaff, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/authenticate-staff";
import { addEmployee, createOrg, TEST_PASSWORD, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Вход");
});
afterAll(() => t?.close());

describe("staff sign-in", () => {
  it("locks the account after five wrong passwords, refusing even the right one until the lock passes", async () => {
    const email = "guessed@test.local";
    await addEmployee(t.db, org, { email, preset: "dispatcher" });
    const start = new Date();
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      expect(await authenticateStaff(t.db, { email, password: `guess-${i}` }, start)).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await authenticateStaff(t.db, { email, password: "guess-5" }, start)).toMatchObject({ ok: false, reason: "locked" });

    const during = new Date(start.getTime() + (LOCKOUT_MINUTES - 1) * 60_000);
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD }, during)).toMatchObject({ ok: false, reason: "locked" });

    const after = new Date(start.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD }, after)).toMatchObject({ ok: true });
  });

  it("refuses an address outside the organisation's allow-list, even with the right password", async () => {
    const email = "office-only@test.local";
    await addEmployee(t.db, org, { email, preset: "dispatcher" });
    await t.db.update(organisations).set({ staffIpAllowlist: ["192.0.2.0/24"] }).where(eq(organisations.id, org.orgId));
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD, ip: "203.0.113.5" })).toMatchObject({ ok: false, reason: "ip_denied" });
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD, ip: null })).toMatchObject({ ok: false, reason: "ip_denied" });
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD, ip: "192.0.2.44" })).toMatchObject({ ok: true });
  });
});
