import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autopayAttempts, autopaySettings, clients, invoices, outbox, paymentGateways, payments, savedPaymentMethods } from "@/db/schema";
import type { GatewayStatus, PaymentGateway } from "@/lib/payments/gateways/payment-gateway";
import { autopayJob } from "@/inngest/functions/autopay";
import { runAutopay, type AutopayDeps } from "@/lib/payments/autopay/run-autopay";
import { encryptGatewaySecret } from "@/lib/payments/gateways/gateway-secrets";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { addAccount, addClient, addLink, addPremise, orgWithBuilding, nextTestPhone } from "@/tests/support/resident-fixtures";
import { createAppTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: Awaited<ReturnType<typeof orgWithBuilding>>;
let tariffId: string;
let gatewayId: string;
let flat = 1;

/**
 * A gateway that answers the charges of one flat's card as the test scripts (one status per call, the last one
 * repeated) and records them. Every run charges the whole database: other flats' charges are left pending.
 */
function fakeGateway(f: { card: { providerMethodId: string } }, statuses: (GatewayStatus | "error")[]) {
  const calls: { orderId: string; amountKopecks: bigint; providerMethodId: string }[] = [];
  const gateway = {
    provider: "sandbox",
    chargeSaved: async (input: { orderId: string; amountKopecks: bigint; providerMethodId: string }) => {
      if (input.providerMethodId !== f.card.providerMethodId)
        return { providerPaymentId: `sb-${input.orderId}`, status: "pending", amountKopecks: input.amountKopecks, confirmationUrl: null, savedMethod: null };
      calls.push(input);
      const status = statuses[Math.min(calls.length - 1, statuses.length - 1)]!;
      if (status === "error") throw new Error("Недостаточно средств");
      return { providerPaymentId: `sb-${input.orderId}`, status, amountKopecks: input.amountKopecks, confirmationUrl: null, savedMethod: null };
    },
  } as unknown as PaymentGateway;
  const deps: AutopayDeps = { gatewayFor: () => gateway, publicOrigin: "https://domkom.test" };
  return { calls, deps };
}

// Moscow is UTC+3: 09:00 there is 06:00 UTC.
const at = (day: string) => new Date(`${day}T06:00:00Z`);

beforeAll(async () => {
  t = await createAppTestDb();
  org = await orgWithBuilding(t.db, "Автоплатёжная");
  const payee = await makePayee(t.db, org.orgId);
  tariffId = (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId: org.buildingId })).id;
  const [gateway] = await t.db.insert(paymentGateways).values({ orgId: org.orgId, legalEntityId: payee.legalEntity.id, provider: "sandbox", name: "Тестовый", secretEncrypted: encryptGatewaySecret("sandbox-secret") }).returning();
  gatewayId = gateway!.id;
});
afterAll(() => t.close());

/** A flat with an account, its owner with a saved card and an email, and an autopay setting on it. */
async function flatWithAutopay(setting: Partial<typeof autopaySettings.$inferInsert> = {}) {
  const premise = await addPremise(t.db, org.orgId, org.buildingId, String(flat++));
  const account = await addAccount(t.db, { orgId: org.orgId, premiseId: premise.id, number: `АП-${flat}` });
  const owner = await addClient(t.db, org.orgId, { lastName: "Автоплатов", phone: nextTestPhone() });
  const email = `owner${flat}@test.local`;
  await t.db.update(clients).set({ email }).where(eq(clients.id, owner.id));
  await addLink(t.db, { orgId: org.orgId, premiseId: premise.id, clientId: owner.id, basis: "owner" });
  const [card] = await t.db.insert(savedPaymentMethods).values({ orgId: org.orgId, clientId: owner.id, gatewayId, providerMethodId: `pm-${flat}`, title: "•••• 4242" }).returning();
  const [row] = await t.db
    .insert(autopaySettings)
    .values({ orgId: org.orgId, clientId: owner.id, premiseId: premise.id, invoiceTypes: ["utilities"], mode: "after_issue", daysAfterIssue: 3, savedMethodId: card!.id, ...setting })
    .returning();
  return { premise, account, owner, email, number: account.number, card: card!, setting: row! };
}

/** An issued invoice of 500,00 ₽ (one line), issued at 10:00 Moscow time on `issuedOn`. */
async function issued(f: { premise: { id: string }; account: { id: string } }, issuedOn: string, extra: { type?: "utilities" | "insurance" | "capital_repair"; period?: string; qty1Milli?: bigint } = {}) {
  const invoice = await makeInvoice(
    t.db,
    org.orgId,
    { buildingId: org.buildingId, premiseId: f.premise.id, accountId: f.account.id, status: "issued", type: extra.type ?? "utilities", period: extra.period ?? "2026-03" },
    [{ tariffId, qty1Milli: extra.qty1Milli }],
  );
  await t.db.update(invoices).set({ issuedAt: new Date(`${issuedOn}T07:00:00Z`) }).where(eq(invoices.id, invoice.id));
  return invoice;
}

const attemptsOf = (autopayId: string) => t.db.select().from(autopayAttempts).where(eq(autopayAttempts.autopayId, autopayId)).orderBy(autopayAttempts.attempt);
const invoiceNow = async (id: string) => (await t.db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const mailTo = (email: string) => t.db.select().from(outbox).where(eq(outbox.recipient, email)).orderBy(outbox.createdAt);

describe("the daily autopay", () => {
  it("reminds the day before, charges on the day N days after issue, books at once, and a rerun charges nothing", async () => {
    const f = await flatWithAutopay();
    const invoice = await issued(f, "2026-04-01");
    const { calls, deps } = fakeGateway(f, ["succeeded"]);

    expect(await runAutopay(t.db, deps, at("2026-04-02"))).toMatchObject({ charged: 0, reminded: 0 });
    expect(await runAutopay(t.db, deps, at("2026-04-03"))).toMatchObject({ charged: 0, reminded: 1 });
    expect((await mailTo(f.email)).map((m) => m.template)).toEqual(["payments.autopay_reminder"]);
    const day = await runAutopay(t.db, deps, at("2026-04-04"));
    expect(day).toMatchObject({ charged: 1, succeeded: 1 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ amountKopecks: 50_000n, providerMethodId: f.card.providerMethodId });

    const [attempt] = await attemptsOf(f.setting.id);
    expect(attempt).toMatchObject({ attempt: 1, status: "succeeded", attemptedOn: "2026-04-04" });
    const [payment] = await t.db.select().from(payments).where(eq(payments.id, attempt!.paymentId!));
    expect(payment).toMatchObject({ status: "succeeded", isAutopay: true, savedMethodId: f.card.id, providerPaymentId: `sb-${attempt!.id}`, idempotencyKey: attempt!.id });
    expect((await invoiceNow(invoice.id)).totalKopecks).toBe(0n);

    expect(await runAutopay(t.db, deps, at("2026-04-04"))).toMatchObject({ charged: 0 });
    expect(await runAutopay(t.db, deps, at("2026-04-05"))).toMatchObject({ charged: 0 });
    expect(calls).toHaveLength(1);
  });

  it("sends the reminder once however often the day is run", async () => {
    const f = await flatWithAutopay();
    await issued(f, "2026-04-01");
    const { deps } = fakeGateway(f, ["succeeded"]);
    await runAutopay(t.db, deps, at("2026-04-03"));
    await runAutopay(t.db, deps, new Date("2026-04-03T15:00:00Z"));
    const mails = await t.db.select().from(outbox).where(and(eq(outbox.template, "payments.autopay_reminder"), eq(outbox.recipient, f.email)));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain("500,00");
  });

  it("charges on the chosen day of the month, the 31st being the month's last day", async () => {
    const f = await flatWithAutopay({ mode: "day_of_month", daysAfterIssue: null, dayOfMonth: 31 });
    await issued(f, "2026-04-05");
    const { calls, deps } = fakeGateway(f, ["succeeded"]);
    await runAutopay(t.db, deps, at("2026-04-29"));
    expect(calls).toHaveLength(0);
    await runAutopay(t.db, deps, at("2026-04-30"));
    expect(calls).toHaveLength(1);
  });

  it("tries a failed charge on each of the next two days, then tells the resident, and no more", async () => {
    const f = await flatWithAutopay();
    const invoice = await issued(f, "2026-04-01");
    const { calls, deps } = fakeGateway(f, ["error", "canceled", "error"]);
    for (const day of ["2026-04-04", "2026-04-04", "2026-04-05", "2026-04-06", "2026-04-07", "2026-04-08"]) await runAutopay(t.db, deps, at(day));
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.orderId)).size).toBe(3);
    const attempts = await attemptsOf(f.setting.id);
    expect(attempts.map((a) => [a.attempt, a.status, a.attemptedOn])).toEqual([
      [1, "failed", "2026-04-04"],
      [2, "failed", "2026-04-05"],
      [3, "failed", "2026-04-06"],
    ]);
    const statuses = await t.db.select({ status: payments.status }).from(payments).where(eq(payments.accountId, f.account.id));
    expect(statuses.map((s) => s.status).sort()).toEqual(["canceled", "failed", "failed"]);
    const failed = await t.db.select().from(outbox).where(eq(outbox.template, "payments.autopay_failed"));
    expect(failed.filter((m) => m.body.includes(f.number))).toHaveLength(1);
    expect((await invoiceNow(invoice.id)).totalKopecks).toBe(50_000n);
  });

  it("leaves an invoice above the monthly limit for manual payment and says so, once", async () => {
    const f = await flatWithAutopay({ monthlyLimitKopecks: 70_000n });
    const first = await issued(f, "2026-04-01", { period: "2026-02" });
    const second = await issued(f, "2026-04-01", { period: "2026-03" });
    const { calls, deps } = fakeGateway(f, ["succeeded"]);
    const run = await runAutopay(t.db, deps, at("2026-04-04"));
    expect(run).toMatchObject({ charged: 1, overLimit: 1 });
    await runAutopay(t.db, deps, at("2026-04-05"));
    expect(calls).toHaveLength(1);
    expect((await invoiceNow(first.id)).totalKopecks).toBe(0n);
    expect((await invoiceNow(second.id)).totalKopecks).toBe(50_000n);
    const attempts = await attemptsOf(f.setting.id);
    expect(attempts.find((a) => a.invoiceId === second.id)).toMatchObject({ status: "over_limit", paymentId: null });
    const notices = await t.db.select().from(outbox).where(eq(outbox.template, "payments.autopay_over_limit"));
    expect(notices.filter((m) => m.body.includes(f.number))).toHaveLength(1);
  });

  it("charges only the chosen types, and a pending charge waits for the notification instead of trying again", async () => {
    const f = await flatWithAutopay({ invoiceTypes: ["utilities", "insurance"] });
    await issued(f, "2026-04-01");
    await issued(f, "2026-04-01", { type: "insurance" });
    await issued(f, "2026-04-01", { type: "capital_repair" });
    const { calls, deps } = fakeGateway(f, ["pending"]);
    await runAutopay(t.db, deps, at("2026-04-04"));
    await runAutopay(t.db, deps, at("2026-04-05"));
    expect(calls).toHaveLength(2);
    expect((await attemptsOf(f.setting.id)).map((a) => a.status)).toEqual(["charging", "charging"]);
  });

  it("takes a pending charge's outcome the next day: cancelled by the notification → tried again, booked → done", async () => {
    const f = await flatWithAutopay();
    await issued(f, "2026-04-01");
    const { calls, deps } = fakeGateway(f, ["pending"]);
    await runAutopay(t.db, deps, at("2026-04-04"));
    const [first] = await attemptsOf(f.setting.id);
    await t.db.update(payments).set({ status: "canceled" }).where(eq(payments.idempotencyKey, first!.id));
    await runAutopay(t.db, deps, at("2026-04-05"));
    expect((await attemptsOf(f.setting.id)).map((a) => [a.attempt, a.status])).toEqual([
      [1, "failed"],
      [2, "charging"],
    ]);
    const second = (await attemptsOf(f.setting.id))[1]!;
    await t.db.update(payments).set({ status: "succeeded" }).where(eq(payments.idempotencyKey, second.id));
    await runAutopay(t.db, deps, at("2026-04-06"));
    expect((await attemptsOf(f.setting.id)).map((a) => a.status)).toEqual(["failed", "succeeded"]);
    expect(calls).toHaveLength(2);
  });

  it("skips a switched-off setting and a removed card", async () => {
    const off = await flatWithAutopay({ isActive: false });
    await issued(off, "2026-04-01");
    const removed = await flatWithAutopay();
    await t.db.update(savedPaymentMethods).set({ removedAt: new Date() }).where(eq(savedPaymentMethods.id, removed.card.id));
    await issued(removed, "2026-04-01");
    const { calls, deps } = fakeGateway(off, ["succeeded"]);
    await runAutopay(t.db, deps, at("2026-04-04"));
    expect(calls).toHaveLength(0);
    expect([...(await attemptsOf(off.setting.id)), ...(await attemptsOf(removed.setting.id))]).toEqual([]);
  });

  // On PostgreSQL these are separate connections: the (setting, invoice, attempt) row lets one run charge.
  it("charges once when the job runs five times at once", async () => {
    const f = await flatWithAutopay();
    await issued(f, "2026-04-01");
    const { calls, deps } = fakeGateway(f, ["succeeded"]);
    await Promise.all(Array.from({ length: 5 }, () => runAutopay(t.db, deps, at("2026-04-04"))));
    expect(calls.filter((c) => c.providerMethodId === f.card.providerMethodId)).toHaveLength(1);
    expect(await t.db.$count(payments, eq(payments.accountId, f.account.id))).toBe(1);
  });

  // The job as Inngest's cron or the embedded scheduler starts it, with the real sandbox adapter (a saved sandbox card
  // always pays): the reminder is delivered, the charge booked and handed to «Поступила оплата ЖКУ».
  it("runs as the scheduled job with the configured gateway", async () => {
    const f = await flatWithAutopay();
    const invoice = await issued(f, "2026-04-01");
    await autopayJob.runInline({ now: at("2026-04-03").toISOString() });
    expect((await mailTo(f.email)).map((m) => [m.template, m.status])).toEqual([["payments.autopay_reminder", "recorded"]]);
    const run = await autopayJob.runInline({ now: at("2026-04-04").toISOString() });
    expect(run).toMatchObject({ charged: 1, succeeded: 1, bookedPaymentIds: 1 });
    expect((await invoiceNow(invoice.id)).totalKopecks).toBe(0n);
    const [attempt] = await attemptsOf(f.setting.id);
    expect(attempt).toMatchObject({ status: "succeeded" });
  });
});
