import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, clients, debtReminderRuns, debtReminders, outbox } from "@/db/schema";
import { formatRoubles } from "@/lib/exchange/decimal";
import { previewDebtReminder } from "@/lib/payments/debtors/preview-debt-reminder";
import { sendDebtReminders } from "@/lib/payments/debtors/send-debt-reminders";
import { startDebtReminder } from "@/lib/payments/debtors/start-debt-reminder";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { link, makeAccount, makeBuilding, makeClient, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let north: string;
let south: string;

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Напоминания");
  const payee = await makePayee(t.db, org.orgId);
  north = (await makeBuilding(org, "Северная", "1")).id;
  south = (await makeBuilding(org, "Южная", "2")).id;
  // Три должника с собственниками (у одного собственника два долга в разных домах) и один без телефона.
  const debtor = async (buildingId: string, n: number, clientId: string) => {
    const tariffId = (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId })).id;
    const premise = await makePremise(org.director, buildingId, { number: String(n) });
    const account = await makeAccount(org.director, premise.id, `Н-${n}`);
    await makeInvoice(t.db, org.orgId, { buildingId, premiseId: premise.id, accountId: account.id, status: "issued" }, [{ tariffId, qty1Milli: BigInt(n) * 1_000n }]);
    await link(org.director, premise.id, clientId, "owner");
  };
  const petrov = (await makeClient(org, "Петров")).id;
  await debtor(north, 1, petrov);
  await debtor(south, 2, petrov);
  await debtor(north, 3, (await makeClient(org, "Сидоров")).id);
  const silent = (await makeClient(org, "Безтелефонов")).id;
  await debtor(north, 4, silent);
  await t.db.update(clients).set({ phone: null, email: "silent@example.test" }).where(eq(clients.id, silent));
});
afterAll(() => t.close());

const sms = { channel: "sms" as const, query: {} };

describe("«Напомнить о долге»", () => {
  it("previews the clients it reaches, once each, with their debt per account in the text", async () => {
    const preview = await previewDebtReminder(org.director, sms);
    expect(preview.recipients).toBe(2);
    expect(preview.sample?.text).toMatch(/задолженность/);
    expect((await previewDebtReminder(org.director, { channel: "sms", query: { building: south } })).recipients).toBe(1);
    const petrov = await previewDebtReminder(org.director, { channel: "sms", query: { q: "Петров" } });
    expect(petrov.recipients).toBe(1);
    expect(petrov.sample!.text).toContain(`по лицевым счетам № Н-2 — ${formatRoubles(10_000n)}, № Н-1 — ${formatRoubles(5_000n)}`);
  });

  it("sends each recipient at most once a day, logs the run and counts what was sent", async () => {
    const expected = (await previewDebtReminder(org.director, sms)).recipients;
    const first = await startDebtReminder(org.director, sms);
    expect(first.recipients).toBe(expected);
    const second = await startDebtReminder(org.director, sms);
    // Two runs at once: the unique (org, client, day) lets each client be claimed by one of them.
    const [a, b] = await Promise.all([sendDebtReminders(t.db, first.runId), sendDebtReminders(t.db, second.runId)]);
    expect(a.sent + b.sent).toBe(expected);
    expect(await t.db.$count(debtReminders, eq(debtReminders.orgId, org.orgId))).toBe(expected);
    expect(await t.db.$count(outbox, eq(outbox.template, "debt.reminder"))).toBe(expected);
    const [run] = await t.db.select().from(debtReminderRuns).where(eq(debtReminderRuns.id, first.runId));
    expect(run).toMatchObject({ status: "done", channel: "sms", filter: {}, createdBy: org.directorId });
    expect(await t.db.$count(auditLog, eq(auditLog.action, "debt_reminder.started"))).toBe(2);
    // The same day, nobody is left to remind.
    expect((await previewDebtReminder(org.director, sms)).recipients).toBe(0);
    await expect(startDebtReminder(org.director, sms)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("reaches only the employee's buildings", async () => {
    const scoped = { ...org.director, buildingIds: [south] };
    expect((await previewDebtReminder(org.director, { channel: "email", query: {} })).recipients).toBe(1);
    expect((await previewDebtReminder(scoped, { channel: "email", query: {} })).recipients).toBe(0);
  });
});
