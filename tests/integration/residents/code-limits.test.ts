import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { outbox } from "@/db/schema";
import { limits } from "@/lib/core/rate-limit";
import { requestSignInCode } from "@/lib/residents/otp/request-sign-in-code";
import { signInResident } from "@/lib/residents/otp/sign-in-resident";
import { requestRegistrationCode } from "@/lib/residents/registration/request-registration-code";
import { addClient, nextTestPhone, orgWithBuilding } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

// Read once by env() on first use, which comes after this line.
vi.stubEnv("SMS_DAILY_LIMIT_PER_ORG", "40");

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const smsCount = (orgId: string) => t.db.$count(outbox, and(eq(outbox.orgId, orgId), eq(outbox.channel, "sms")));
let lastOctet = 0;
const freshIp = () => `198.18.1.${++lastOctet}`;

describe("limits on the SMS an anonymous caller can trigger", () => {
  it("sends registration codes to ten random phones from one address, and refuses the eleventh", async () => {
    const { orgId } = await orgWithBuilding(t.db, "Сосед");
    const ip = "203.0.113.10";
    for (let i = 0; i < limits.otpIp.max; i++) await requestRegistrationCode(t.db, { orgId, phone: nextTestPhone(), ip });
    await expect(requestRegistrationCode(t.db, { orgId, phone: nextTestPhone(), ip })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("Слишком много кодов с этого устройства"),
    });
    expect(await smsCount(orgId)).toBe(limits.otpIp.max);
  });

  it("caps an organisation's registration codes per hour, whichever addresses ask", async () => {
    const { orgId } = await orgWithBuilding(t.db, "Лимит");
    for (let i = 0; i < limits.registrationOrg.max; i++) await requestRegistrationCode(t.db, { orgId, phone: nextTestPhone(), ip: freshIp() });
    await expect(requestRegistrationCode(t.db, { orgId, phone: nextTestPhone(), ip: freshIp() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await smsCount(orgId)).toBe(limits.registrationOrg.max);
  });

  it("keeps «номер не найден» for a phone lookup, but limits lookups per address", async () => {
    const ip = "203.0.113.11";
    for (let i = 0; i < limits.otpIp.max; i++) {
      await expect(requestSignInCode(t.db, { phone: nextTestPhone(), ip })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(requestSignInCode(t.db, { phone: nextTestPhone(), ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });

    const signInIp = "203.0.113.12";
    for (let i = 0; i < limits.residentSignInIp.max; i++) {
      await expect(signInResident(t.db, { phone: nextTestPhone(), code: "123456", ip: signInIp })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(signInResident(t.db, { phone: nextTestPhone(), code: "123456", ip: signInIp })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("stops an organisation's SMS at its daily ceiling, also under parallel requests", async () => {
    const { orgId } = await orgWithBuilding(t.db, "Потолок");
    const ceiling = limits.smsOrgDay.max;
    expect(ceiling).toBe(40);
    const phones = Array.from({ length: ceiling + 10 }, () => nextTestPhone());
    for (const phone of phones) await addClient(t.db, orgId, { lastName: "Жильцов", phone });
    const results = await Promise.allSettled(phones.map((phone) => requestSignInCode(t.db, { phone, ip: freshIp() })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(ceiling);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.every((r) => (r.reason as { message?: string }).message?.includes("дневной лимит SMS"))).toBe(true);
    expect(await smsCount(orgId)).toBe(ceiling);
  });
});
