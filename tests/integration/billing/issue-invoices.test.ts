import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountBalances, auditLog, invoices, ledgerEntries } from "@/db/schema";
import { cancelInvoice } from "@/lib/billing/cancel-invoice";
import { issueInvoices } from "@/lib/billing/issue-invoices";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeAccount, makeBuilding, makePremise, scopedEmployee } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let place: { buildingId: string; premiseId: string; accountId: string };
let tariffId: string;
let flat = 1;

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Выставляющая");
  other = await createOrg(t.db, "Чужая");
  const building = await makeBuilding(org, "ул. Счетов", "1");
  const payee = await makePayee(t.db, org.orgId);
  tariffId = (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId: building.id })).id;
  place = { buildingId: building.id, premiseId: "", accountId: "" };
});
afterAll(() => t.close());

/** A fresh account, so each case reads its own ledger. Fixture lines default to 10 m³ × 50 ₽ = 500,00 ₽. */
async function freshAccount() {
  const premise = await makePremise(org.director, place.buildingId, { number: String(flat) });
  const account = await makeAccount(org.director, premise.id, `ЛС-И-${flat++}`);
  return { buildingId: place.buildingId, premiseId: premise.id, accountId: account.id };
}

const entriesOf = (accountId: string) => t.db.select().from(ledgerEntries).where(eq(ledgerEntries.accountId, accountId));
async function balanceOf(accountId: string) {
  const [row] = await t.db.select().from(accountBalances).where(eq(accountBalances.accountId, accountId));
  return row?.balanceKopecks ?? 0n;
}

describe("issuing an invoice", () => {
  it("posts accrual, recalculation, benefit and penalty of each line and freezes the invoice with its due date", async () => {
    const account = await freshAccount();
    // 12,345 m³ × 42,1234 ₽ = 520,0133… → 520,01 ₽; plus a second line with every other amount.
    const draft = await makeInvoice(t.db, org.orgId, { ...account, period: "2026-03" }, [
      { tariffId, qty1Milli: 12_345n, price1E4: 421_234n },
      { tariffId, qty1Milli: 1_000n, price1E4: 1_000_000n, recalculationKopecks: -1_500n, benefitKopecks: 2_000n, penaltyKopecks: 315n },
    ]);
    expect(draft.totalKopecks).toBe(52_001n + 10_000n - 1_500n - 2_000n + 315n);

    expect(await issueInvoices(org.director, { invoiceIds: [draft.id] })).toEqual({ issued: 1 });

    const [issued] = await t.db.select().from(invoices).where(eq(invoices.id, draft.id));
    expect(issued).toMatchObject({ status: "issued", dueDate: "2026-04-15", issuedBy: org.directorId });
    const entries = await entriesOf(account.accountId);
    expect(entries.map((e) => [e.kind, e.amountKopecks]).sort()).toEqual(
      [["accrual", 52_001n], ["accrual", 10_000n], ["benefit", -2_000n], ["penalty", 315n], ["recalculation", -1_500n]].sort(),
    );
    expect(entries.every((e) => e.invoiceId === draft.id && e.period === "2026-03" && e.invoiceType === "utilities" && e.tariffId === tariffId)).toBe(true);
    expect(await balanceOf(account.accountId)).toBe(issued!.totalKopecks);
    expect(await t.db.$count(auditLog, and(eq(auditLog.action, "invoice.issued"), eq(auditLog.entityId, draft.id)))).toBe(1);
  });

  it("posts nothing twice when «Выставить» is pressed again or by two clerks at once", async () => {
    const account = await freshAccount();
    const draft = await makeInvoice(t.db, org.orgId, { ...account, period: "2026-03" });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => issueInvoices(org.director, { invoiceIds: [draft.id] })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(results.reduce((n, r) => n + (r.status === "fulfilled" ? r.value.issued : 0), 0)).toBe(1);
    expect(await entriesOf(account.accountId)).toHaveLength(1);
    expect(await balanceOf(account.accountId)).toBe(50_000n);
  });

  it("refuses an empty invoice, a cancelled one, another organisation's and a house outside the employee's scope", async () => {
    const account = await freshAccount();
    const empty = await makeInvoice(t.db, org.orgId, { ...account, period: "2026-05" }, []);
    await expect(issueInvoices(org.director, { invoiceIds: [empty.id] })).rejects.toThrow("Нельзя выставить пустой счёт");
    await expect(issueInvoices(other.director, { invoiceIds: [empty.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const outsider = await scopedEmployee(t.db, org, []);
    const draft = await makeInvoice(t.db, org.orgId, { ...account, period: "2026-06" });
    await expect(issueInvoices(outsider, { invoiceIds: [draft.id] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await entriesOf(account.accountId)).toHaveLength(0);
  });
});

describe("cancelling an issued invoice", () => {
  it("reverses every line once, brings the balance back and keeps the original entries", async () => {
    const account = await freshAccount();
    const invoice = await makeInvoice(t.db, org.orgId, { ...account, period: "2026-02", status: "issued" }, [{ tariffId }, { tariffId, penaltyKopecks: 100n }]);
    expect(await balanceOf(account.accountId)).toBe(100_100n);
    const input = { invoiceId: invoice.id, reason: "Ошибка в площади" };
    await Promise.all([cancelInvoice(org.director, input), cancelInvoice(org.director, input)]);
    const entries = await entriesOf(account.accountId);
    expect(entries.filter((e) => e.kind === "reversal").map((e) => e.amountKopecks).sort()).toEqual([-50_100n, -50_000n].sort());
    expect(entries.filter((e) => e.kind !== "reversal")).toHaveLength(3);
    expect(await balanceOf(account.accountId)).toBe(0n);
    const [row] = await t.db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(row).toMatchObject({ status: "cancelled", cancelReason: "Ошибка в площади" });
    // A cancelled invoice frees its period: a new actual invoice may take its place.
    await expect(makeInvoice(t.db, org.orgId, { ...account, period: "2026-02" })).resolves.toMatchObject({ status: "draft" });
    await expect(issueInvoices(org.director, { invoiceIds: [invoice.id] })).rejects.toThrow("Аннулированный счёт");
  });

  it("refuses a draft and another organisation's invoice", async () => {
    const account = await freshAccount();
    const draft = await makeInvoice(t.db, org.orgId, { ...account, period: "2026-07" });
    await expect(cancelInvoice(org.director, { invoiceId: draft.id, reason: "Не нужен" })).rejects.toThrow("Черновик не аннулируют");
    await expect(cancelInvoice(other.director, { invoiceId: draft.id, reason: "Не нужен" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the ledger", () => {
  it("refuses to change or delete an entry, whoever asks", async () => {
    const account = await freshAccount();
    await makeInvoice(t.db, org.orgId, { ...account, period: "2026-01", status: "issued" });
    await expect(t.db.update(ledgerEntries).set({ amountKopecks: 1n }).where(eq(ledgerEntries.accountId, account.accountId))).rejects.toThrow();
    await expect(t.db.delete(ledgerEntries).where(eq(ledgerEntries.accountId, account.accountId))).rejects.toThrow();
    expect((await entriesOf(account.accountId))[0]?.amountKopecks).toBe(50_000n);
  });

  it("keeps every account's balance equal to the sum of its entries", async () => {
    const mismatches = await t.db.execute(sql`
      select b.account_id from account_balances b
      left join (select account_id, sum(amount_kopecks) as s from ledger_entries group by account_id) l on l.account_id = b.account_id
      where b.balance_kopecks <> coalesce(l.s, 0)
      union all
      select l.account_id from ledger_entries l left join account_balances b on b.account_id = l.account_id where b.account_id is null`);
    expect((mismatches as unknown as { rows: unknown[] }).rows).toEqual([]);
    expect(await t.db.$count(accountBalances)).toBeGreaterThan(3);
  });
});
