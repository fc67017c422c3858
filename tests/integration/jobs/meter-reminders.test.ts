import { InngestTestEngine } from "@inngest/test";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients, employeeBuildings, meterReminders, meters, organisations, outbox } from "@/db/schema";
import { readingRemindersJob, verificationRemindersJob, READING_REMINDERS_DUE } from "@/inngest/functions/meter-reminders";
import { todayIn } from "@/lib/core/date-time";
import { env } from "@/lib/core/env";
import { isReminderDay } from "@/lib/meters/reminders/send-reading-reminders";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, pastReadings } from "@/tests/support/meter-fixtures";
import { makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { addClient, addLink, nextTestPhone } from "@/tests/support/resident-fixtures";
import { createAppTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
const today = todayIn("Europe/Moscow");
const period = today.slice(0, 7);
const dayOfMonth = Number(today.slice(8, 10));
const inDays = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const mailTo = (email: string) => t.db.select().from(outbox).where(eq(outbox.recipient, email.toLowerCase()));

/** A flat with one meter and a resident with an email linked to it. */
async function flatWithResident(org: OrgFixture, buildingId: string, number: string, email: string | null, meter: Record<string, unknown> = {}) {
  const premise = await makePremise(org.director, buildingId, { number });
  const client = await addClient(t.db, org.orgId, { lastName: "Жильцов", firstName: "Иван", phone: nextTestPhone() });
  if (email) await t.db.update(clients).set({ email }).where(eq(clients.id, client.id));
  await addLink(t.db, { orgId: org.orgId, premiseId: premise.id, clientId: client.id, basis: "owner" });
  const device = await makeMeter(org.director, { premiseId: premise.id }, { serialNumber: `ХВ-${number}-${org.orgId.slice(0, 4)}`, ...meter });
  return { premise, client, meter: device };
}

beforeAll(async () => {
  t = await createAppTestDb();
  a = await createOrg(t.db, "Напоминаний");
  b = await createOrg(t.db, "Без напоминаний");
  await t.db.update(organisations).set({ meterReminderDay: dayOfMonth }).where(eq(organisations.id, a.orgId));
  await t.db.update(organisations).set({ meterReminderDay: dayOfMonth === 1 ? 2 : 1 }).where(eq(organisations.id, b.orgId));
});
afterAll(() => t.close());

describe("the readings reminder", () => {
  it("emails residents whose meters have no reading this month, once per period, with the cabinet link from the public origin", async () => {
    const house = (await makeBuilding(a, "ул. Напоминаний", "1")).id;
    const silent = await flatWithResident(a, house, "1", "silent@example.ru");
    const done = await flatWithResident(a, house, "2", "done@example.ru");
    await pastReadings(t.db, a.orgId, done.meter.id, { [period]: "5" });
    const noEmail = await flatWithResident(a, house, "3", null);
    const elsewhere = await flatWithResident(b, (await makeBuilding(b, "ул. Тихая", "2")).id, "1", "other-org@example.ru");

    const first = await readingRemindersJob.runInline({});
    const [mail, ...more] = await mailTo("silent@example.ru");
    expect(more).toHaveLength(0);
    expect(mail).toMatchObject({ orgId: a.orgId, template: "meters.readings_due", subject: expect.stringContaining("Передайте показания") });
    expect(mail?.body).toContain(`${env().publicOrigin}/cabinet/premises/${silent.premise.id}/meters`);
    expect(mail?.body).toContain(`ХВС № ${silent.meter.serialNumber}`);
    expect(await mailTo("done@example.ru")).toHaveLength(0);
    expect(await mailTo("other-org@example.ru")).toHaveLength(0);
    expect(first).toMatchObject({ emails: 1 });

    // A second run the same day (a retry, the next hourly tick) sends nothing more.
    await expect(readingRemindersJob.runInline({})).resolves.toEqual({ emails: 0 });
    expect(await mailTo("silent@example.ru")).toHaveLength(1);
    const [log] = await t.db.select().from(meterReminders).where(eq(meterReminders.recipientId, silent.client.id));
    expect(log).toMatchObject({ kind: "readings_due", occasion: period, outboxId: mail?.id });
    expect(noEmail.client.email).toBeNull();
    expect(elsewhere.premise.orgId).toBe(b.orgId);
  });

  it("runs as an Inngest function from its cron or its event", async () => {
    const engine = new InngestTestEngine({ function: readingRemindersJob.function });
    const { result } = await engine.execute({ events: [{ name: READING_REMINDERS_DUE, data: { now: new Date().toISOString() } }] });
    expect(result).toEqual({ emails: 0 });
    expect(readingRemindersJob.function.opts.triggers).toEqual(expect.arrayContaining([expect.objectContaining({ cron: expect.any(String) })]));
  });

  it("counts the reminder day in the month's length: the 31st is the 30th in November", () => {
    expect(isReminderDay(31, "2026-11-30")).toBe(true);
    expect(isReminderDay(31, "2026-12-30")).toBe(false);
    expect(isReminderDay(5, "2026-12-05")).toBe(true);
  });
});

describe("the verification reminder", () => {
  it("warns residents and the staff who asked for it of a verification due within 30 days or expired, once per meter", async () => {
    const house = (await makeBuilding(a, "ул. Поверочная", "9")).id;
    const other = (await makeBuilding(a, "ул. Соседняя", "4")).id;
    const due = await flatWithResident(a, house, "10", "due@example.ru", { nextVerificationOn: inDays(10) });
    await flatWithResident(a, house, "11", "expired@example.ru", { nextVerificationOn: inDays(-3) });
    await flatWithResident(a, house, "12", "later@example.ru", { nextVerificationOn: inDays(90) });
    const gone = await flatWithResident(a, house, "13", "gone@example.ru", { nextVerificationOn: inDays(5) });
    await t.db.update(meters).set({ status: "decommissioned" }).where(eq(meters.id, gone.meter.id));
    const accountantEmail = `acc-${Date.now()}@test.local`;
    const elsewhereEmail = `acc-other-${Date.now()}@test.local`;
    await addEmployee(t.db, a, { email: accountantEmail, preset: "accountant" });
    const elsewhere = await addEmployee(t.db, a, { email: elsewhereEmail, preset: "accountant", allBuildings: false });
    await t.db.insert(employeeBuildings).values({ employeeId: elsewhere.id, buildingId: other, orgId: a.orgId });

    await verificationRemindersJob.runInline({});
    const [dueMail] = await mailTo("due@example.ru");
    expect(dueMail).toMatchObject({ template: "meters.verification_due", subject: "Истекает срок поверки прибора учёта" });
    expect(dueMail?.body).toContain(`поверка до ${inDays(10).split("-").reverse().join(".")}`);
    const [expiredMail] = await mailTo("expired@example.ru");
    expect(expiredMail).toMatchObject({ template: "meters.verification_expired", subject: "Истёк срок поверки прибора учёта" });
    expect(await mailTo("later@example.ru")).toHaveLength(0);
    expect(await mailTo("gone@example.ru")).toHaveLength(0);

    const staffMail = await mailTo(accountantEmail);
    expect(staffMail.map((m) => m.template).sort()).toEqual(["meters.verification_due", "meters.verification_expired"]);
    const dueForStaff = staffMail.find((m) => m.template === "meters.verification_due");
    expect(dueForStaff?.body).toContain(due.meter.serialNumber);
    expect(dueForStaff?.body).toContain(`${env().publicOrigin}/crm/meters`);
    expect(await mailTo(elsewhereEmail)).toHaveLength(0);
    // The director's role has not switched the notification on.
    expect((await mailTo(a.email)).filter((m) => m.template.startsWith("meters."))).toHaveLength(0);

    const count = async () => (await t.db.select().from(outbox).where(inArray(outbox.template, ["meters.verification_due", "meters.verification_expired"]))).length;
    const before = await count();
    await expect(verificationRemindersJob.runInline({})).resolves.toEqual({ emails: 0 });
    expect(await count()).toBe(before);
  });
});

