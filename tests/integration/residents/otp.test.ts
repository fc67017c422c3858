import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients, otpCodes } from "@/db/schema";
import { requestSignInCode } from "@/lib/residents/otp/request-sign-in-code";
import { signInResident } from "@/lib/residents/otp/sign-in-resident";
import { addClient, lastSmsCode, nextTestPhone, orgWithBuilding } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let orgId: string;
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

let lastOctet = 0;
/** A resident with a cabinet; each test gets its own phone and address so that limits do not leak between tests. */
async function resident(opts: { blocked?: boolean } = {}) {
  const phone = nextTestPhone();
  const client = await addClient(t.db, orgId, { lastName: "Кодов", phone, blocked: opts.blocked });
  return { phone, client, ip: `198.51.100.${++lastOctet}` };
}

beforeAll(async () => {
  t = await createTestDb();
  orgId = (await orgWithBuilding(t.db, "Код")).orgId;
});
afterAll(() => t?.close());

describe("resident sign-in by SMS code", () => {
  it("sends a 6-digit code to the outbox, stores only its hash, and signs in with it once", async () => {
    const { phone, client, ip } = await resident();
    const now = new Date();
    await requestSignInCode(t.db, { phone, ip }, { now });
    const code = await lastSmsCode(t.db, phone);
    const [stored] = await t.db.select().from(otpCodes).where(eq(otpCodes.phone, phone));
    expect(stored?.codeHash).not.toContain(code);
    expect(stored?.expiresAt.getTime()).toBe(now.getTime() + 5 * 60_000);

    await expect(signInResident(t.db, { phone, code }, at(now, 10))).resolves.toEqual({ phone });
    const [after] = await t.db.select().from(clients).where(eq(clients.id, client.id));
    expect(after?.firstLoginAt).toEqual(at(now, 10));
    expect(after?.lastSeenAt).toEqual(at(now, 10));
    await expect(signInResident(t.db, { phone, code }, at(now, 20))).rejects.toThrow("Запросите код по SMS");
  });

  it("keeps the first sign-in date and moves the last-seen date", async () => {
    const { phone, client, ip } = await resident();
    const first = new Date(Date.now() - 3 * 3600_000);
    await requestSignInCode(t.db, { phone, ip }, { now: first });
    await signInResident(t.db, { phone, code: await lastSmsCode(t.db, phone), ip }, first);
    const later = at(first, 7200);
    await requestSignInCode(t.db, { phone, ip }, { now: later });
    await signInResident(t.db, { phone, code: await lastSmsCode(t.db, phone), ip }, later);
    const [after] = await t.db.select().from(clients).where(eq(clients.id, client.id));
    expect(after?.firstLoginAt).toEqual(first);
    expect(after?.lastSeenAt).toEqual(later);
  });

  it("refuses a code after 5 minutes", async () => {
    const { phone, ip } = await resident();
    const now = new Date();
    await requestSignInCode(t.db, { phone, ip }, { now });
    const code = await lastSmsCode(t.db, phone);
    await expect(signInResident(t.db, { phone, code }, at(now, 5 * 60 + 1))).rejects.toThrow("Срок действия кода истёк");
  });

  it("counts wrong codes and kills the code after 5 wrong attempts, even for the right code", async () => {
    const { phone, ip } = await resident();
    const now = new Date();
    await requestSignInCode(t.db, { phone, ip }, { now });
    const code = await lastSmsCode(t.db, phone);
    const wrong = code === "111111" ? "222222" : "111111";
    for (const left of [4, 3, 2, 1]) {
      await expect(signInResident(t.db, { phone, code: wrong, ip }, now)).rejects.toThrow(`Осталось попыток: ${left}`);
    }
    await expect(signInResident(t.db, { phone, code: wrong, ip }, now)).rejects.toThrow("Попытки исчерпаны");
    await expect(signInResident(t.db, { phone, code }, now)).rejects.toThrow("Превышено число попыток");
  });

  it("allows a resend only after 60 seconds and says how long to wait; the new code replaces the old", async () => {
    const { phone, ip } = await resident();
    const now = new Date();
    await requestSignInCode(t.db, { phone, ip }, { now });
    const first = await lastSmsCode(t.db, phone);
    await expect(requestSignInCode(t.db, { phone, ip }, { now: at(now, 15) })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Новый код можно запросить через 45 с",
    });
    await requestSignInCode(t.db, { phone, ip }, { now: at(now, 60) });
    const second = await lastSmsCode(t.db, phone);
    if (first !== second) await expect(signInResident(t.db, { phone, code: first, ip }, at(now, 61))).rejects.toThrow("Неверный код");
    await expect(signInResident(t.db, { phone, code: second, ip }, at(now, 62))).resolves.toEqual({ phone });
  });

  it("sends at most 5 codes per phone per hour", async () => {
    const { phone, ip } = await resident();
    const now = new Date();
    for (let i = 0; i < 5; i++) await requestSignInCode(t.db, { phone, ip }, { now: at(now, i * 60) });
    await expect(requestSignInCode(t.db, { phone, ip }, { now: at(now, 5 * 60) })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Слишком много кодов за час. Новый код можно запросить через 55 мин",
    });
    await expect(requestSignInCode(t.db, { phone, ip }, { now: at(now, 3600) })).resolves.toMatchObject({ resendAfterSeconds: 60 });
  });

  it("refuses a blocked client at both steps and a phone without a cabinet before sending anything", async () => {
    const { phone, ip } = await resident({ blocked: true });
    await expect(requestSignInCode(t.db, { phone, ip })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Ваш доступ заблокирован управляющей организацией",
    });
    await expect(signInResident(t.db, { phone, code: "123456", ip })).rejects.toThrow("Ваш доступ заблокирован управляющей организацией");
    await expect(requestSignInCode(t.db, { phone: nextTestPhone() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a client blocked after the code was sent", async () => {
    const { phone, client, ip } = await resident();
    await requestSignInCode(t.db, { phone, ip });
    await t.db.update(clients).set({ blockedAt: new Date() }).where(eq(clients.id, client.id));
    await expect(signInResident(t.db, { phone, code: await lastSmsCode(t.db, phone), ip })).rejects.toThrow("Ваш доступ заблокирован");
  });
});
