import { PassThrough } from "node:stream";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoiceLines, invoices, ledgerEntries } from "@/db/schema";
import { cancelInvoice } from "@/lib/billing/cancel-invoice";
import { postInvoices } from "@/lib/billing/issue-invoices";
import { balanceLabel, getAccountBalance } from "@/lib/billing/ledger/get-account-balance";
import { debtFilterFrom } from "@/lib/billing/ledger/debt-filter";
import { listAccountLedger } from "@/lib/billing/ledger/list-account-ledger";
import { todayIn } from "@/lib/core/date-time";
import { exportKinds, type ExportKindName } from "@/lib/exchange/export-kinds";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { listAccounts } from "@/lib/registry/accounts/list-accounts";
import { listClients } from "@/lib/registry/clients/list-clients";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { addAccount, addClient, addLink, addPremise, nextTestPhone, orgWithBuilding } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture & { buildingId: string };
const accounts: Record<"debtor" | "overpaid" | "settled", string> = { debtor: "", overpaid: "", settled: "" };
const premisesOf: Record<keyof typeof accounts, string> = { debtor: "", overpaid: "", settled: "" };

/** A draft with one line, issued the way staff issue it (postInvoices: ledger entries in the same transaction). */
async function issueInvoice(accountId: string, premiseId: string, period: string, accrued: bigint, penalty = 0n): Promise<string> {
  const [invoice] = await t.db.insert(invoices).values({ orgId: org.orgId, buildingId: org.buildingId, premiseId, accountId, type: "utilities", period }).returning();
  await t.db.insert(invoiceLines).values({
    orgId: org.orgId,
    invoiceId: invoice!.id,
    serviceName: "Содержание жилья",
    unit: "м²",
    tariff: {},
    qty1Milli: 1000n,
    price1E4: accrued * 100n,
    accruedKopecks: accrued,
    penaltyKopecks: penalty,
    totalKopecks: accrued + penalty,
  });
  await t.db.transaction((tx) => postInvoices(tx, org.director, { invoiceIds: [invoice!.id] }));
  return invoice!.id;
}

const entry = (accountId: string, kind: "payment" | "balance_adjustment" | "reversal", amount: bigint, occurredOn: string, period: string | null = null) =>
  t.db.insert(ledgerEntries).values({ orgId: org.orgId, accountId, kind, amountKopecks: amount, occurredOn, period, note: kind === "payment" ? "Сбербанк" : "Корректировка" });

beforeAll(async () => {
  t = await createTestDb();
  org = await orgWithBuilding(t.db, "Расшифровка");
  for (const [name, number] of [["debtor", "1"], ["overpaid", "2"], ["settled", "3"]] as const) {
    const premise = await addPremise(t.db, org.orgId, org.buildingId, number);
    const account = await addAccount(t.db, { orgId: org.orgId, premiseId: premise.id, number: `LS-${number}` });
    const client = await addClient(t.db, org.orgId, { lastName: `Клиент${number}`, phone: nextTestPhone() });
    await addLink(t.db, { orgId: org.orgId, premiseId: premise.id, clientId: client.id });
    accounts[name] = account.id;
    premisesOf[name] = premise.id;
  }
  await entry(accounts.debtor, "balance_adjustment", 50_000n, "2026-09-30");
  await issueInvoice(accounts.debtor, premisesOf.debtor, "2026-10", 123_456n, 1_000n);
  await entry(accounts.debtor, "payment", -100_000n, todayIn("Europe/Moscow"), "2026-10");
  await issueInvoice(accounts.debtor, premisesOf.debtor, "2026-11", 10_000n);
  await issueInvoice(accounts.overpaid, premisesOf.overpaid, "2026-11", 5_000n);
  await entry(accounts.overpaid, "payment", -8_000n, todayIn("Europe/Moscow"), "2026-11");
  const cancelled = await issueInvoice(accounts.settled, premisesOf.settled, "2026-11", 7_000n);
  await cancelInvoice(org.director, { invoiceId: cancelled, reason: "Ошибка в площади" });
});
afterAll(async () => t?.close());

describe("the ledger", () => {
  it("keeps account_balances equal to the sum of the entries of every account", async () => {
    const mismatches = await queryRows<{ account_id: string }>(
      t.db,
      sql`select a.id as account_id from personal_accounts a
          left join account_balances b on b.account_id = a.id
          left join (select account_id, sum(amount_kopecks) as s from ledger_entries group by account_id) e on e.account_id = a.id
          where coalesce(b.balance_kopecks, 0) <> coalesce(e.s, 0)`,
    );
    expect(mismatches).toEqual([]);
    expect((await getAccountBalance(org.director, accounts.debtor)).balanceKopecks).toBe(50_000n + 124_456n - 100_000n + 10_000n);
    expect((await getAccountBalance(org.director, accounts.settled)).balanceKopecks).toBe(0n);
  });

  it("refuses to change or remove an entry", async () => {
    await expect(t.db.update(ledgerEntries).set({ amountKopecks: 1n }).where(eq(ledgerEntries.accountId, accounts.debtor))).rejects.toThrow();
    await expect(t.db.delete(ledgerEntries).where(eq(ledgerEntries.accountId, accounts.debtor))).rejects.toThrow();
  });

  it("labels a balance as debt, overpayment or settled", () => {
    expect(balanceLabel(123_456n).replace(/\s/g, " ")).toBe("Долг 1 234,56 ₽");
    expect(balanceLabel(-10_050n).replace(/\s/g, " ")).toBe("Переплата 100,50 ₽");
    expect(balanceLabel(0n)).toBe("Расчёты закрыты");
  });
});

describe("«Расшифровка»", () => {
  it("lists every entry with its source and a running balance that ends at the balance, either way round", async () => {
    const balance = (await getAccountBalance(org.director, accounts.debtor)).balanceKopecks;
    const oldestFirst = await listAccountLedger(org.director, parseListParams({}), { accountId: accounts.debtor });
    const kinds = oldestFirst.rows.map((r) => r.kind);
    // An invoice's entries are posted in one statement, at one moment; among themselves they keep no order.
    expect([kinds[0], [kinds[1], kinds[2]].sort(), kinds[3], kinds[4]]).toEqual(["balance_adjustment", ["accrual", "penalty"], "payment", "accrual"]);
    expect(oldestFirst.rows.at(-1)?.runningKopecks).toBe(balance);
    expect(oldestFirst.rows.find((r) => r.kind === "accrual")).toMatchObject({ invoiceType: "utilities", invoicePeriod: "2026-10", serviceName: "Содержание жилья" });
    const newestFirst = await listAccountLedger(org.director, parseListParams({ sort: "date", dir: "desc" }), { accountId: accounts.debtor });
    expect(newestFirst.rows[0]?.runningKopecks).toBe(balance);
  });

  it("filters by a range of periods and still shows the true balance after each entry", async () => {
    const page = await listAccountLedger(org.director, parseListParams({}), { accountId: accounts.debtor, periodFrom: "2026-11", periodTo: "2026-11" });
    expect(page.rows.map((r) => [r.kind, r.runningKopecks])).toEqual([["accrual", 84_456n]]);
    // The opening adjustment has no period: it counts in the month of its date.
    const september = await listAccountLedger(org.director, parseListParams({}), { accountId: accounts.debtor, periodFrom: "2026-09", periodTo: "2026-09" });
    expect(september.rows.map((r) => [r.kind, r.runningKopecks])).toEqual([["balance_adjustment", 50_000n]]);
  });

  it("is not shown to another organisation, nor without the right to see invoices", async () => {
    const other = await createOrg(t.db, "Чужая");
    await expect(getAccountBalance(other.director, accounts.debtor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const foreign = await listAccountLedger(other.director, parseListParams({}), { accountId: accounts.debtor });
    expect(foreign.rows).toEqual([]);
    const clerk = await addEmployee(t.db, org, { email: `clerk-${Date.now()}@test.local`, permissions: ["registry.premises.view"] });
    await expect(getAccountBalance(clerk.ctx, accounts.debtor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("debt filters", () => {
  const numbers = async (sp: Record<string, string>) => (await listAccounts(org.director, parseListParams({}), { status: "active", debt: debtFilterFrom(sp) })).rows.map((r) => r.number).sort();

  it("find debtors, overpayments and a range on accounts", async () => {
    expect(await numbers({ debt: "debtors" })).toEqual(["LS-1"]);
    expect(await numbers({ debt: "overpaid" })).toEqual(["LS-2"]);
    expect(await numbers({ debtFrom: "-30", debtTo: "0" })).toEqual(["LS-2", "LS-3"]);
    expect(await numbers({ debtFrom: "0" })).toEqual(["LS-1", "LS-3"]);
    expect(await numbers({ debtFrom: "1 000", debtTo: "1000" })).toEqual([]);
    expect(await numbers({ debtFrom: "хлам" })).toEqual(["LS-1", "LS-2", "LS-3"]);
  });

  it("work on premises and clients, with the «Долг» column", async () => {
    const premisePage = await listPremises(org.director, parseListParams({}), { debt: debtFilterFrom({ debt: "debtors" }) });
    expect(premisePage.rows.map((r) => [r.number, r.debtKopecks])).toEqual([["1", 84_456n]]);
    const clientPage = await listClients(org.director, parseListParams({}), { debt: debtFilterFrom({ debt: "overpaid" }) });
    expect(clientPage.rows.map((r) => [r.name, r.debtKopecks])).toEqual([[expect.stringContaining("Клиент2"), -3_000n]]);
  });

  it("are ignored, and no debt shown, for an employee who may not see money", async () => {
    const clerk = await addEmployee(t.db, org, { email: `viewer-${Date.now()}@test.local`, permissions: ["registry.premises.view"] });
    const page = await listAccounts(clerk.ctx, parseListParams({}), { status: "active", debt: debtFilterFrom({ debt: "debtors" }) });
    expect(page.rows.map((r) => r.debtKopecks)).toEqual([null, null, null]);
  });
});

describe("exports", () => {
  async function exportRows(kind: ExportKindName, query: Record<string, string>) {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await exportKinds[kind].open(org.director, query).write(out, { sheetName: "Лист", timeZone: "Europe/Moscow", about: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  it("write «Расшифровка» with the running balance, and the lists' «Долг» for the same filters", async () => {
    const ledger = await exportRows("accountLedger", { account: accounts.debtor, from: "2026-11" });
    expect(ledger[0]).toEqual(["Дата", "Период", "Вид", "Источник", "Сумма, ₽", "Остаток, ₽"]);
    expect(ledger.slice(1).map((r) => [r[2], r[5]])).toEqual([["Начисление", 844.56]]);
    const debtors = await exportRows("accounts", { debt: "debtors" });
    expect(debtors[0]?.at(-1)).toBe("Долг, ₽");
    expect(debtors.slice(1).map((r) => [r[0], r.at(-1)])).toEqual([["LS-1", 844.56]]);
  });
});
