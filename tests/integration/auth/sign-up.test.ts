import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employees, organisations, outbox, roles } from "@/db/schema";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { assertSignupRateLimit, SIGNUPS_PER_IP_PER_HOUR } from "@/lib/org/assert-signup-rate-limit";
import { registerOrganisation, registerOrganisationSchema } from "@/lib/org/register-organisation";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { validInn } from "@/tests/support/valid-inn";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const form = (n: number, over: Record<string, unknown> = {}) =>
  registerOrganisationSchema.parse({
    name: `УК Рассвет ${n}`,
    inn: validInn(n),
    region: "Московская область",
    lastName: "Петров",
    firstName: "Пётр",
    middleName: "Петрович",
    email: `boss-${n}@example.ru`,
    phone: "8 (900) 123-45-67",
    consent: true,
    ...over,
  });

const emailedPassword = (body: string) => /Пароль: (\S+)/.exec(body)?.[1] ?? "";

describe("public sign-up of an organisation", () => {
  it("creates the organisation, its six roles and the director, whose emailed password signs in", async () => {
    const { orgId, employeeId, outboxId } = await registerOrganisation(t.db, form(1), { ip: "203.0.113.1" });
    const [org] = await t.db.select().from(organisations).where(eq(organisations.id, orgId));
    expect(org).toMatchObject({ inn: validInn(1), region: "Московская область", pdConsentVersion: "2025-09-01" });
    expect(org?.pdConsentAt).toBeInstanceOf(Date);
    expect(await t.db.select().from(roles).where(eq(roles.orgId, orgId))).toHaveLength(6);
    const [director] = await t.db.select().from(employees).where(eq(employees.id, employeeId));
    expect(director).toMatchObject({ email: "boss-1@example.ru", phone: "+79001234567", mustChangePassword: true });

    const [mail] = await t.db.select().from(outbox).where(eq(outbox.id, outboxId));
    expect(mail?.recipient).toBe("boss-1@example.ru");
    const password = emailedPassword(mail?.body ?? "");
    expect(password).toHaveLength(12);
    const signIn = await authenticateStaff(t.db, { email: "BOSS-1@example.ru", password });
    expect(signIn).toMatchObject({ ok: true, employee: { id: employeeId, orgId } });
  });

  it("refuses an ИНН that is already registered, with the field's message, and creates nothing", async () => {
    const before = await t.db.$count(organisations);
    const attempt = registerOrganisation(t.db, form(2, { inn: validInn(1) }));
    await expect(attempt).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { inn: ["Организация с таким ИНН уже зарегистрирована"] },
    });
    expect(await t.db.$count(organisations)).toBe(before);
    expect(await t.db.$count(employees, eq(employees.email, "boss-2@example.ru"))).toBe(0);
  });

  it("refuses an email that another employee already signs in with", async () => {
    await expect(registerOrganisation(t.db, form(3, { email: "boss-1@example.ru" }))).rejects.toMatchObject({
      fieldErrors: { email: ["Этот email уже используется"] },
    });
    expect(await t.db.$count(organisations, eq(organisations.inn, validInn(3)))).toBe(0);
  });

  it("allows five sign-ups per address per hour and refuses the sixth", async () => {
    const ip = "198.51.100.7";
    for (let n = 10; n < 10 + SIGNUPS_PER_IP_PER_HOUR; n++) {
      await assertSignupRateLimit(t.db, { ip, email: `boss-${n}@example.ru` });
      await registerOrganisation(t.db, form(n), { ip });
    }
    await expect(assertSignupRateLimit(t.db, { ip, email: "boss-20@example.ru" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Слишком много регистраций с этого адреса. Повторите через \d+ мин/),
    });
    await expect(assertSignupRateLimit(t.db, { ip: "198.51.100.8", email: "boss-21@example.ru" })).resolves.toBeUndefined();
    const inAnHour = new Date(Date.now() + 61 * 60_000);
    await expect(assertSignupRateLimit(t.db, { ip, email: "boss-22@example.ru" }, inAnHour)).resolves.toBeUndefined();
  });

  it("sends at most three sign-up emails a day to one address, whichever addresses ask", async () => {
    const email = "victim@example.ru";
    for (let n = 0; n < 3; n++) await assertSignupRateLimit(t.db, { ip: `198.51.100.${30 + n}`, email });
    await expect(assertSignupRateLimit(t.db, { ip: "198.51.100.40", email: "Victim@example.ru" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
