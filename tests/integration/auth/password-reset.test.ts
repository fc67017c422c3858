import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employees, outbox, passwordResetTokens } from "@/db/schema";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import { authenticateStaff, MAX_FAILED_LOGINS, signInLocks } from "@/lib/auth/authenticate-staff";
import { checkPasswordResetToken } from "@/lib/auth/check-password-reset-token";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { hashResetToken } from "@/lib/auth/reset-token";
import { env } from "@/lib/core/env";
import { limits } from "@/lib/core/rate-limit";
import { addEmployee, createOrg, TEST_PASSWORD, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Сброс");
});
afterAll(() => t?.close());

const origin = env().publicOrigin;
const NEW_PASSWORD = "новый-пароль-42";
let lastOctet = 0;
/** Each request from its own address: the per-address limit has its own test. */
const ip = () => `198.51.100.${++lastOctet}`;

/** Requests a link for `email` and returns the token read from the emailed link, as the employee would. */
async function emailedToken(email: string, now?: Date): Promise<string> {
  const outboxId = await requestPasswordReset(t.db, { email }, { ip: ip(), now });
  const [mail] = await t.db.select().from(outbox).where(eq(outbox.id, outboxId ?? ""));
  const token = new RegExp(`${origin}/reset-password/(\\S+)`).exec(mail?.body ?? "")?.[1];
  if (!token) throw new Error("no reset link in the email");
  return token;
}

const reset = (token: string, now?: Date) =>
  resetPassword(t.db, { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { now });

describe("password reset by an emailed link", () => {
  it("emails nobody for an unknown or blocked address, and stores only the hash of a real link", async () => {
    expect(await requestPasswordReset(t.db, { email: "nobody@example.ru" }, { ip: ip() })).toBeNull();
    const blocked = await addEmployee(t.db, org, { email: `blocked-${org.orgId}@test.local`, preset: "dispatcher" });
    await t.db.update(employees).set({ blockedAt: new Date() }).where(eq(employees.id, blocked.id));
    expect(await requestPasswordReset(t.db, { email: `blocked-${org.orgId}@test.local` }, { ip: ip() })).toBeNull();

    const email = `r1-${org.orgId}@test.local`;
    await addEmployee(t.db, org, { email, preset: "dispatcher" });
    const token = await emailedToken(email);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await t.db.select().from(passwordResetTokens);
    expect(stored.map((r) => r.tokenHash)).toContain(hashResetToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("sets the new password once, ends old sessions and clears a lockout", async () => {
    const email = `r2-${org.orgId}@test.local`;
    const { id } = await addEmployee(t.db, org, { email, preset: "dispatcher" });
    await t.db.update(employees).set({ mustChangePassword: true }).where(eq(employees.id, id));
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await authenticateStaff(t.db, { email, password: `guess-${i}`, ip: "203.0.113.9" });
    expect(await signInLocks(t.db, email)).toHaveLength(1);
    const [before] = await t.db.select().from(employees).where(eq(employees.id, id));
    const token = await emailedToken(email);

    await reset(token);
    const [after] = await t.db.select().from(employees).where(eq(employees.id, id));
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: before!.sessionVersion + 1 });
    expect(await signInLocks(t.db, email)).toEqual([]);
    await expect(loadStaffContext(t.db, { employeeId: id, sessionVersion: before!.sessionVersion })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await authenticateStaff(t.db, { email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect((await authenticateStaff(t.db, { email, password: TEST_PASSWORD })).ok).toBe(false);

    await expect(reset(token)).rejects.toMatchObject({ message: expect.stringContaining("уже использована") });
  });

  it("makes earlier links useless once one of them was used", async () => {
    const email = `r3-${org.orgId}@test.local`;
    await addEmployee(t.db, org, { email, preset: "dispatcher" });
    const first = await emailedToken(email);
    const second = await emailedToken(email);
    await reset(second);
    expect((await checkPasswordResetToken(t.db, first)).state).toBe("used");
  });

  it("refuses a link older than an hour", async () => {
    const email = `r4-${org.orgId}@test.local`;
    await addEmployee(t.db, org, { email, preset: "dispatcher" });
    const token = await emailedToken(email, new Date(Date.now() - 61 * 60_000));
    await expect(reset(token)).rejects.toMatchObject({ message: expect.stringContaining("Срок действия ссылки истёк") });
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  it("refuses a sixth request from one address aloud, and a fourth link to one email silently", async () => {
    const email = `r5-${org.orgId}@test.local`;
    await addEmployee(t.db, org, { email, preset: "dispatcher" });
    const attacker = "203.0.113.77";
    for (let i = 0; i < limits.resetIp.max; i++) await requestPasswordReset(t.db, { email: `other-${i}@example.ru` }, { ip: attacker });
    await expect(requestPasswordReset(t.db, { email }, { ip: attacker })).rejects.toMatchObject({ code: "RATE_LIMITED" });

    for (let i = 0; i < limits.resetEmail.max; i++) expect(await requestPasswordReset(t.db, { email }, { ip: ip() })).not.toBeNull();
    expect(await requestPasswordReset(t.db, { email }, { ip: ip() })).toBeNull();
  });

  it("refuses an unknown token", async () => {
    await expect(reset("made-up-token")).rejects.toMatchObject({ message: expect.stringContaining("недействительна") });
  });
});
