import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bankAccounts, invoiceLines, invoices, legalEntities, ledgerEntries, tariffPrices, tariffs } from "@/db/schema";
import { commitImport } from "@/lib/exchange/commit-import";
import { importTemplate } from "@/lib/exchange/import-template";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { previewImport } from "@/lib/exchange/preview-import";
import { expectReady, expectRejected } from "@/tests/support/exchange-fixtures";
import { addEmployee, type OrgFixture } from "@/tests/support/fixtures";
import { addAccount, addPremise, orgWithBuilding } from "@/tests/support/resident-fixtures";
import { bytesFile, xlsxFile } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture & { buildingId: string };
const account: Record<string, string> = {};

const invoiceHeader = ["Лицевой счёт", "Период", "Тип счёта", "Услуга", "Количество", "Количество T2", "Тариф", "Входящий долг", "Перерасчёт", "Льгота", "Пени", "Оплачено"];
const turnoverHeader = ["Лицевой счёт", "Период", "Услуга", "Сальдо на начало", "Начислено", "Оплачено", "Сальдо на конец"];

async function addTariff(values: { name: string; code: string; type: "housing" | "utility" | "capital_repair"; zones?: number; unit: string; prices: [string, bigint, bigint?][] }) {
  const [entity] = await t.db.select().from(legalEntities).where(eq(legalEntities.orgId, org.orgId));
  const [bank] = await t.db.select().from(bankAccounts).where(eq(bankAccounts.orgId, org.orgId));
  const [tariff] = await t.db
    .insert(tariffs)
    .values({ orgId: org.orgId, buildingId: org.buildingId, name: values.name, code: values.code, type: values.type, zones: values.zones ?? 1, unit: values.unit, legalEntityId: entity!.id, bankAccountId: bank!.id })
    .returning();
  for (const [validFrom, price1E4, price2E4] of values.prices) await t.db.insert(tariffPrices).values({ orgId: org.orgId, tariffId: tariff!.id, validFrom, price1E4, price2E4: price2E4 ?? null });
}

const counts = async () => ({
  invoices: (await t.db.select({ n: count() }).from(invoices).where(eq(invoices.orgId, org.orgId)))[0]?.n,
  entries: (await t.db.select({ n: count() }).from(ledgerEntries).where(eq(ledgerEntries.orgId, org.orgId)))[0]?.n,
});

const balanceOf = async (accountId: string) =>
  (await queryRows<{ b: string }>(t.db, sql`select coalesce((select balance_kopecks from account_balances where account_id = ${accountId}), 0)::text as b`))[0]?.b;

async function balancesMatchLedger() {
  const rows = await queryRows<{ id: string }>(
    t.db,
    sql`select a.id from personal_accounts a left join account_balances b on b.account_id = a.id
        left join (select account_id, sum(amount_kopecks) s from ledger_entries group by account_id) e on e.account_id = a.id
        where a.org_id = ${org.orgId} and coalesce(b.balance_kopecks, 0) <> coalesce(e.s, 0)`,
  );
  return rows.length === 0;
}

beforeAll(async () => {
  t = await createTestDb();
  org = await orgWithBuilding(t.db, "Счета");
  const [entity] = await t.db.insert(legalEntities).values({ orgId: org.orgId, name: "ООО Счета", inn: "7736207543" }).returning();
  await t.db.insert(bankAccounts).values({ orgId: org.orgId, legalEntityId: entity!.id, bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225" });
  await addTariff({ name: "Содержание жилья", code: "SOD", type: "housing", unit: "м²", prices: [["2026-01-01", 300_000n]] });
  await addTariff({ name: "Электроэнергия", code: "EE", type: "utility", zones: 2, unit: "кВт·ч", prices: [["2026-01-01", 60_000n, 25_000n]] });
  await addTariff({ name: "Взнос на капремонт", code: "KR", type: "capital_repair", unit: "м²", prices: [["2026-01-01", 150_000n]] });
  for (const n of ["1", "2", "3", "4"]) {
    const premise = await addPremise(t.db, org.orgId, org.buildingId, n);
    account[n] = (await addAccount(t.db, { orgId: org.orgId, premiseId: premise.id, number: `LS-${n}` })).id;
  }
}, 60_000);
afterAll(async () => t?.close());

describe("invoices from a template", () => {
  it("groups lines into invoices, prices them from the file or the tariff, issues them and posts the ledger in one commit", async () => {
    const file = await xlsxFile([
      invoiceHeader,
      ["LS-1", "11.2026", "ЖКУ", "SOD", "54,3", "", "", "100", "-10", "5", "2,5", "0"],
      ["LS-1", "11.2026", "ЖКУ", "Электроэнергия", "100", "50", "", "", "", "", "", ""],
      ["LS-2", "11.2026", "", "sod", "10", "", "31,1234", "", "", "", "", ""],
      ["LS-2", "11.2026", "Капремонт", "KR", "10", "", "", "", "", "", "", ""],
    ], "счета.xlsx");
    const check = expectReady(await previewImport(org.director, { kind: "invoices_xlsx", buildingId: null, file, issue: true }));
    expect(check.preview.sections.map((s) => [s.key, s.count])).toEqual([["invoices.create", 3]]);
    await commitImport(org.director, { importId: check.importId });

    const rows = await t.db.select().from(invoices).where(and(eq(invoices.orgId, org.orgId), eq(invoices.accountId, account["1"]!)));
    expect(rows.map((r) => [r.status, r.type, r.period])).toEqual([["issued", "utilities", "2026-11"]]);
    // 54,3 × 30 = 1 629,00; 100 × 6 + 50 × 2,5 = 725,00; recalculation −10, benefit 5, penalty 2,50, opening debt 100.
    expect(rows[0]).toMatchObject({ accruedKopecks: 235_400n, recalculationKopecks: -1_000n, benefitKopecks: 500n, penaltyKopecks: 250n, totalKopecks: 235_400n + 10_000n - 1_000n - 500n + 250n });
    // The ledger holds accruals, recalculation, benefit and penalty — not the opening debt the file describes.
    expect(await balanceOf(account["1"]!)).toBe(String(235_400n - 1_000n - 500n + 250n));
    const [ls2] = await t.db.select().from(invoiceLines).innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId)).where(and(eq(invoices.accountId, account["2"]!), eq(invoices.type, "utilities")));
    expect(ls2?.invoice_lines).toMatchObject({ price1E4: 311_234n, accruedKopecks: 31_123n, serviceName: "Содержание жилья" });
    expect(await balancesMatchLedger()).toBe(true);
  });

  it("keeps drafts, without touching the ledger, when «Выставить сразу» is off", async () => {
    const before = await counts();
    const file = await xlsxFile([invoiceHeader, ["LS-3", "11.2026", "ЖКУ", "SOD", "10", "", "", "", "", "", "", ""]], "черновики.xlsx");
    const check = expectReady(await previewImport(org.director, { kind: "invoices_xlsx", buildingId: null, file, issue: false }));
    await commitImport(org.director, { importId: check.importId });
    const [draft] = await t.db.select().from(invoices).where(eq(invoices.accountId, account["3"]!));
    expect(draft).toMatchObject({ status: "draft", accruedKopecks: 30_000n, totalKopecks: 30_000n });
    expect(await counts()).toEqual({ invoices: Number(before.invoices) + 1, entries: before.entries });
  });

  it("rejects the whole file with every bad row numbered, and imports nothing", async () => {
    const before = await counts();
    const file = await xlsxFile([
      invoiceHeader,
      ["LS-4", "11.2026", "ЖКУ", "SOD", "10", "", "", "", "", "", "", ""],
      ["LS-404", "11.2026", "ЖКУ", "SOD", "10", "", "", "", "", "", "", ""],
      ["LS-4", "11.2026", "ЖКУ", "Вывоз мусора", "10", "", "", "", "", "", "", ""],
      ["LS-4", "11.2026", "ЖКУ", "EE", "10", "", "1,23456", "", "", "", "", ""],
      ["LS-4", "12.2026", "ЖКУ", "SOD", "-1", "", "", "", "", "", "", ""],
      ["LS-1", "11.2026", "ЖКУ", "SOD", "1", "", "", "", "", "", "", ""],
      ["LS-4", "12.2026", "ЖКУ", "SOD", "1", "5", "", "", "", "", "", ""],
      ["LS-4", "12.2026", "ЖКУ", "KR", "1", "", "", "", "", "", "", ""],
      ["LS-3", "11.2026", "ЖКУ", "SOD", "1", "", "", "", "", "", "", ""],
    ]);
    const check = expectRejected(await previewImport(org.director, { kind: "invoices_xlsx", buildingId: null, file, issue: true }));
    expect(check.issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [3, "Лицевой счёт", "Лицевой счёт LS-404 не найден"],
      [4, "Услуга", "Услуги «Вывоз мусора» нет среди тарифов дома лицевого счёта LS-4"],
      [5, "Тариф", "Тариф: укажите цену в рублях, не больше четырёх знаков после запятой, например 42,1234"],
      [6, "Количество", "Количество: не может быть отрицательным"],
      [7, "Лицевой счёт", "Счёт ЖКУ за 11.2026 у лицевого счёта LS-1 уже выставлен: аннулируйте его или загрузите перерасчёт в следующем периоде"],
      [8, "Количество T2", "У услуги «Содержание жилья» одна зона: зона T2 лишняя"],
      [9, "Услуга", "Услуга «Взнос на капремонт» (Капитальный ремонт) не входит в счёт «ЖКУ»"],
      [10, "Лицевой счёт", "Счёт ЖКУ за 11.2026 у лицевого счёта LS-3 уже есть черновиком: выставьте или удалите его перед загрузкой"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("needs the right to edit invoices", async () => {
    const viewer = await addEmployee(t.db, org, { email: `viewer-${Date.now()}@test.local`, permissions: ["finance.invoices.view", "registry.premises.edit"] });
    const file = await xlsxFile([invoiceHeader, ["LS-4", "11.2026", "ЖКУ", "SOD", "10", "", "", "", "", "", "", ""]]);
    await expect(previewImport(viewer.ctx, { kind: "invoices_xlsx", buildingId: null, file })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("offers a template whose example row imports as downloaded", async () => {
    const template = await importTemplate(org.director, "invoices_xlsx");
    const check = expectReady(await previewImport(org.director, { kind: "invoices_xlsx", buildingId: null, file: bytesFile(template.bytes, template.fileName), issue: false }));
    expect(check.preview.sections[0]?.count).toBe(1);
  });
});

describe("оборотно-сальдовая ведомость", () => {
  it("issues an invoice per account with a line per service and brings the ledger to the closing balance by one adjustment", async () => {
    const file = await xlsxFile([
      turnoverHeader,
      ["LS-4", "10.2026", "SOD", "1 000", "300", "500", "800"],
      ["LS-4", "10.2026", "Вывоз ТКО", "0", "120,50", "0", "120,50"],
      ["LS-3", "10.2026", "", "-200", "300", "100", "0"],
    ], "осв.xlsx");
    const check = expectReady(await previewImport(org.director, { kind: "turnover_xlsx", buildingId: null, file, period: null }));
    expect(check.preview.sections.map((s) => [s.key, s.count])).toEqual([["invoices.create", 2], ["balances", 2]]);
    await commitImport(org.director, { importId: check.importId });

    expect(await balanceOf(account["4"]!)).toBe("92050");
    expect(await balanceOf(account["3"]!)).toBe("0");
    const [invoice] = await t.db.select().from(invoices).where(and(eq(invoices.accountId, account["4"]!), eq(invoices.period, "2026-10")));
    expect(invoice).toMatchObject({ status: "issued", accruedKopecks: 42_050n, paidKopecks: 50_000n, totalKopecks: 92_050n });
    const lines = await t.db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice!.id));
    expect(lines.map((l) => [l.serviceName, l.accruedKopecks, l.tariffId !== null]).sort()).toEqual([["Вывоз ТКО", 12_050n, false], ["Содержание жилья", 30_000n, true]]);
    const kinds = await t.db.select({ kind: ledgerEntries.kind, amount: ledgerEntries.amountKopecks }).from(ledgerEntries).where(eq(ledgerEntries.accountId, account["4"]!));
    expect(kinds.filter((k) => k.kind === "balance_adjustment")).toEqual([{ kind: "balance_adjustment", amount: 92_050n - 42_050n }]);
    const [ls3] = await t.db.select().from(invoiceLines).innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId)).where(and(eq(invoices.accountId, account["3"]!), eq(invoices.period, "2026-10")));
    expect(ls3?.invoice_lines.serviceName).toBe("Начисления по ОСВ");
    expect(await balancesMatchLedger()).toBe(true);
  });

  it("refuses unknown accounts and sums that do not agree, importing nothing", async () => {
    const before = await counts();
    const file = await xlsxFile([turnoverHeader, ["LS-404", "09.2026", "", "0", "100", "0", "100"], ["LS-4", "09.2026", "", "0", "100", "0", "90"], ["LS-1", "", "", "0", "1", "0", "1"]]);
    const check = expectRejected(await previewImport(org.director, { kind: "turnover_xlsx", buildingId: null, file, period: null }));
    expect(check.issues.map((i) => [i.line, i.message])).toEqual([
      [2, "Лицевой счёт LS-404 не найден"],
      [3, "Сальдо на конец не сходится: должно быть сальдо на начало + начислено − оплачено"],
      [4, "Не указан период: заполните колонку «Период» или выберите месяц при загрузке"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("offers a template whose example row imports as downloaded", async () => {
    const template = await importTemplate(org.director, "turnover_xlsx");
    expectReady(await previewImport(org.director, { kind: "turnover_xlsx", buildingId: null, file: bytesFile(template.bytes, template.fileName), period: null }));
  });
});
