import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingRuns, invoiceLines, invoices, ledgerEntries, premises } from "@/db/schema";
import { issueInvoices } from "@/lib/billing/issue-invoices";
import { startBillingRunSchema } from "@/lib/billing/run/billing-run-schema";
import { getBillingRun } from "@/lib/billing/run/get-billing-run";
import { listBillingRuns } from "@/lib/billing/run/list-billing-runs";
import { processBillingRun } from "@/lib/billing/run/process-billing-run";
import { rerunBillingRun } from "@/lib/billing/run/rerun-billing-run";
import { startBillingRun } from "@/lib/billing/run/start-billing-run";
import type { BillingRunSummary } from "@/lib/billing/run/summarise-billing-run";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, pastReadings } from "@/tests/support/meter-fixtures";
import { makeAccount, makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let buildingId: string;
const accounts: Record<"a1" | "a2" | "a3", string> = { a1: "", a2: "", a3: "" };

async function premiseWithAccount(number: string, totalArea: string, residents: number) {
  const premise = await makePremise(org.director, buildingId, { number, totalArea });
  await t.db.update(premises).set({ registeredResidents: residents }).where(eq(premises.id, premise.id));
  const account = await makeAccount(org.director, premise.id, `ЛС-${number}`);
  return { premise, account };
}

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Начислений");
  buildingId = (await makeBuilding(org, "ул. Расчётная", "1")).id;
  const { legalEntity, bankAccount } = await makePayee(t.db, org.orgId);
  const payee = { legalEntityId: legalEntity.id, bankAccountId: bankAccount.id };
  await makeTariff(t.db, org.orgId, payee, { buildingId, name: "Холодное водоснабжение", method: "meter", resource: "cold_water", meterPossible: true, position: 0 }, { price1E4: 500_000n, normMilli: 4_000n });
  await makeTariff(t.db, org.orgId, payee, { buildingId, name: "Содержание жилого помещения", type: "housing", unit: "м²", method: "area", position: 1 }, { price1E4: 325_555n });
  await makeTariff(t.db, org.orgId, payee, { buildingId, name: "Взнос на капитальный ремонт", type: "capital_repair", unit: "м²", method: "area", position: 2 }, { price1E4: 150_000n });
  const p1 = await premiseWithAccount("1", "54,3", 2);
  const p2 = await premiseWithAccount("2", "40", 1);
  const p3 = await premiseWithAccount("3", "70", 3);
  Object.assign(accounts, { a1: p1.account.id, a2: p2.account.id, a3: p3.account.id });
  const m1 = await makeMeter(org.director, { premiseId: p1.premise.id }, { installedOn: "2026-01-05", initialReadings: { single: "100" } });
  await pastReadings(t.db, org.orgId, m1.id, { "2026-01": "103", "2026-02": "106", "2026-03": "110" });
  const m3 = await makeMeter(org.director, { premiseId: p3.premise.id }, { installedOn: "2026-01-05", initialReadings: { single: "10" } });
  await pastReadings(t.db, org.orgId, m3.id, { "2026-01": "14", "2026-02": "18", "2026-03": "23" });
  // Account 2 owes 5 000 ₽ since 01.12.2025 and paid 2 000 ₽ of it on 10.03.2026.
  await t.db.insert(ledgerEntries).values([
    { orgId: org.orgId, accountId: p2.account.id, kind: "opening_balance", amountKopecks: 500_000n, occurredOn: "2025-12-01", source: "test" },
    { orgId: org.orgId, accountId: p2.account.id, kind: "payment", amountKopecks: -200_000n, occurredOn: "2026-03-10", source: "test" },
  ]);
});
afterAll(() => t.close());

const start = (period = { month: 3, year: 2026 }) => startBillingRun(org.director, startBillingRunSchema.parse({ ...period, buildingIds: [buildingId] }));

async function runInvoices(runId: string) {
  const rows = await t.db.select().from(invoices).where(eq(invoices.billingRunId, runId));
  const lines = await t.db.select().from(invoiceLines).where(sql`${invoiceLines.invoiceId} in (select id from invoices where billing_run_id = ${runId})`);
  return { rows, lines, key: rows.map((i) => `${i.accountId}|${i.type}|${i.openingBalanceKopecks}|${i.accruedKopecks}|${i.penaltyKopecks}|${i.totalKopecks}`).sort() };
}

const invoiceOf = (rows: (typeof invoices.$inferSelect)[], account: string, type: string) => rows.find((i) => i.accountId === account && i.type === type);

describe("the billing run", () => {
  let baseline: Awaited<ReturnType<typeof runInvoices>>;

  it("drafts every account's invoices to the kopeck, with the ledger's balance and penalties", async () => {
    const { id } = await start();
    await processBillingRun(t.db, id, { chunkSize: 2 });
    baseline = await runInvoices(id);
    const { rows, lines } = baseline;
    expect(rows).toHaveLength(6);
    // 4 m³ × 50 ₽ = 200,00; 54,3 m² × 32,5555 = 1 767,76
    expect(invoiceOf(rows, accounts.a1, "utilities")).toMatchObject({ accruedKopecks: 196_776n, openingBalanceKopecks: 0n, penaltyKopecks: 0n, totalKopecks: 196_776n, status: "draft" });
    // No meter: 4 m³ × 1 × 1,5 = 6 m³ × 50 = 300,00; 40 × 32,5555 = 1 302,22; penalties (see below) 80,50; balance 3 000,00
    expect(invoiceOf(rows, accounts.a2, "utilities")).toMatchObject({ accruedKopecks: 160_222n, openingBalanceKopecks: 300_000n, penaltyKopecks: 8_050n, totalKopecks: 468_272n });
    // 5 m³ × 50 = 250,00; 70 × 32,5555 = 2 278,885 → 2 278,89
    expect(invoiceOf(rows, accounts.a3, "utilities")).toMatchObject({ accruedKopecks: 252_889n });
    expect(rows.filter((i) => i.type === "capital_repair").map((i) => i.accruedKopecks).sort()).toEqual([105_000n, 60_000n, 81_450n].sort());
    // Through 31.03: 2 000 paid 10.03 (60 days 1/300 + 9 days 1/130) and 3 000 unpaid (60 + 30) at 9,5 % = 173,92;
    // through 28.02 all 5 000 unpaid for 59 days = 93,42; the March line is the difference, 80,50.
    const penaltyLine = lines.find((l) => l.penaltyKopecks !== 0n);
    expect(penaltyLine).toMatchObject({ serviceName: "Холодное водоснабжение", penaltyKopecks: 8_050n });
    expect(penaltyLine?.penaltyDetail).toMatchObject({ through: "2026-03-31", accruedKopecks: 17_392, previousThrough: "2026-02-28", previousKopecks: 9_342 });
    const water = lines.find((l) => l.invoiceId === invoiceOf(rows, accounts.a2, "utilities")?.id && l.serviceName === "Холодное водоснабжение");
    expect(water?.basis).toMatchObject({ method: "meter", factorMilli: 1500, zones: [{ volumeMethod: "norm", normReason: "no-meter" }] });
    const [run] = await t.db.select().from(billingRuns).where(eq(billingRuns.id, id));
    expect(run).toMatchObject({ status: "ready", totalAccounts: 3, processedAccounts: 3 });
    const summary = run?.summary as BillingRunSummary;
    expect(summary.totals).toMatchObject({ invoices: 6, chargedKopecks: 196_776 + 160_222 + 8_050 + 252_889 + 105_000 + 60_000 + 81_450 });
    expect(summary.services.map((s) => s.serviceName)).toContain("Взнос на капитальный ремонт");
    // The other runs below replace these drafts; issuing nothing here keeps the period open for them.
  });

  it("resumes a run killed after a chunk with the same invoices and no doubles", async () => {
    const { id } = await start();
    const crash = new Error("killed after chunk 1");
    await expect(processBillingRun(t.db, id, { chunkSize: 1, afterChunk: (k) => { if (k === 1) throw crash; } })).rejects.toBe(crash);
    const [failed] = await t.db.select().from(billingRuns).where(eq(billingRuns.id, id));
    expect(failed).toMatchObject({ status: "failed", processedAccounts: 1 });
    // A process killed outright leaves the run «running»: it may be continued only once it has stood still a while.
    await t.db.update(billingRuns).set({ status: "running" }).where(eq(billingRuns.id, id));
    await expect(rerunBillingRun(org.director, id, "cursor")).rejects.toMatchObject({ code: "CONFLICT" });
    await t.db.execute(sql`update billing_runs set updated_at = now() - interval '3 minutes' where id = ${id}`);
    await rerunBillingRun(org.director, id, "cursor");
    await processBillingRun(t.db, id, { chunkSize: 1 });
    const resumed = await runInvoices(id);
    expect(resumed.key).toEqual(baseline.key);
    const all = await t.db.select({ n: sql<number>`count(*)::int` }).from(invoices).where(and(eq(invoices.orgId, org.orgId), eq(invoices.period, "2026-03")));
    expect(all[0]?.n).toBe(6);
    const [done] = await t.db.select().from(billingRuns).where(eq(billingRuns.id, id));
    expect(done).toMatchObject({ status: "ready", processedAccounts: 3 });
  });

  it("re-running replaces only run drafts: issued invoices and drafts made by hand stay", async () => {
    const { id } = await start();
    await processBillingRun(t.db, id);
    const before = await runInvoices(id);
    const issued = invoiceOf(before.rows, accounts.a1, "utilities");
    await issueInvoices(org.director, { invoiceIds: [issued!.id] });
    await t.db.delete(invoices).where(and(eq(invoices.accountId, accounts.a3), eq(invoices.type, "capital_repair"), eq(invoices.status, "draft")));
    const manual = await makeInvoice(t.db, org.orgId, { buildingId, premiseId: before.rows.find((i) => i.accountId === accounts.a3)!.premiseId, accountId: accounts.a3, period: "2026-03", type: "capital_repair" });
    await rerunBillingRun(org.director, id, "start");
    await processBillingRun(t.db, id);
    const after = await runInvoices(id);
    const drafts = after.rows.filter((i) => i.status === "draft");
    expect(drafts).toHaveLength(4);
    expect(drafts.some((i) => before.rows.some((b) => b.id === i.id))).toBe(false);
    const [still] = await t.db.select().from(invoices).where(eq(invoices.id, issued!.id));
    expect(still).toMatchObject({ status: "issued", totalKopecks: issued!.totalKopecks });
    const [hand] = await t.db.select().from(invoices).where(eq(invoices.id, manual.id));
    expect(hand).toMatchObject({ status: "draft", billingRunId: null });
    const [run] = await t.db.select().from(billingRuns).where(eq(billingRuns.id, id));
    const skipped = (run?.summary as BillingRunSummary).skipped;
    expect(skipped).toEqual([]);
    // Both accounts still have one draft of the other type, so none is skipped whole; the held types are just left out.
    expect(after.rows.filter((i) => i.accountId === accounts.a1).map((i) => i.type).sort()).toEqual(["capital_repair", "utilities"]);
  });

  it("issues all of a run's drafts through issueInvoices, posting them to the ledger", async () => {
    const [run] = await t.db.select().from(billingRuns).where(eq(billingRuns.status, "ready")).orderBy(sql`${billingRuns.createdAt} desc`).limit(1);
    const { issued } = await issueInvoices(org.director, { runId: run!.id });
    expect(issued).toBe(4);
    const posted = await t.db.select({ n: sql<number>`count(*)::int` }).from(ledgerEntries).where(and(eq(ledgerEntries.orgId, org.orgId), eq(ledgerEntries.source, "invoice")));
    expect(posted[0]?.n).toBeGreaterThanOrEqual(8);
    await expect(start()).resolves.toBeDefined();
  });

  it("lists the runs and opens one for its page, to the organisation only", async () => {
    const runs = await listBillingRuns(org.director);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs[0]).toMatchObject({ period: "2026-03", addresses: [expect.stringContaining("ул. Расчётная")] });
    const view = await getBillingRun(org.director, runs[0]!.id);
    expect(view).toMatchObject({ id: runs[0]!.id, stalled: false, addresses: [expect.stringContaining("ул. Расчётная")] });
    const other = await createOrg(t.db, "Соседняя");
    await expect(getBillingRun(other.director, runs[0]!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listBillingRuns(other.director)).toEqual([]);
  });

  it("refuses another organisation's buildings and a run over buildings already computing", async () => {
    const other = await createOrg(t.db, "Чужая");
    await expect(startBillingRun(other.director, startBillingRunSchema.parse({ month: 3, year: 2026, buildingIds: [buildingId] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await start({ month: 4, year: 2026 });
    await expect(start({ month: 4, year: 2026 })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
