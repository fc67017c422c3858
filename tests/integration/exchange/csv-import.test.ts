import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients, ledgerEntries, personalAccounts } from "@/db/schema";
import { commitImport } from "@/lib/exchange/commit-import";
import { previewImport } from "@/lib/exchange/preview-import";
import { encodeCp1251 } from "@/tests/support/cp1251";
import { expectReady, expectRejected, importOrg, registryCounts, type ImportOrg } from "@/tests/support/exchange-fixtures";
import { addEmployee } from "@/tests/support/fixtures";
import { bytesFile } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: ImportOrg;

beforeAll(async () => {
  t = await createTestDb();
  org = await importOrg(t.db, "Баланс");
});
afterAll(async () => t?.close());

const accountsCsv = [
  "Л.С;Баланс;Фамилия;Имя;Отчество;Квартира;Дом;Город;Регион",
  '500001;"1 234,56";Иванов;Иван;Иванович;5;ул. Тестовая, д. 1;Москва;Москва',
  "500002;-100,50;ООО «Ромашка»;.;.;6;;;",
  "500003;;Петрова;Анна;;7;;;",
].join("\r\n");

async function balances(): Promise<Record<string, string>> {
  const rows = await t.db
    .select({ number: personalAccounts.number, kopecks: sql<string>`coalesce(sum(${ledgerEntries.amountKopecks}), 0)::text` })
    .from(personalAccounts)
    .leftJoin(ledgerEntries, eq(ledgerEntries.accountId, personalAccounts.id))
    .where(eq(personalAccounts.orgId, org.orgId))
    .groupBy(personalAccounts.number);
  return Object.fromEntries(rows.map((r) => [r.number, r.kopecks]));
}

describe("CSV import of accounts with balances", () => {
  it("reads a windows-1251 file with «;», creates flats, accounts and owners and sets the balances", async () => {
    const file = bytesFile(encodeCp1251(accountsCsv), "счета.csv");
    const check = expectReady(await previewImport(org.director, { kind: "accounts_csv", file, buildingId: org.buildingId }));
    const items = check.preview.sections.find((s) => s.key === "balances")?.items.map((i) => i.replace(/\s/g, " "));
    expect(items).toEqual(["500001: 0,00 ₽ → 1 234,56 ₽", "500002: 0,00 ₽ → -100,50 ₽"]);
    await commitImport(org.director, { importId: check.importId });

    expect(await registryCounts(t.db, org)).toEqual({ premises: 3, accounts: 3, clients: 3 });
    expect(await balances()).toEqual({ "500001": "123456", "500002": "-10050", "500003": "0" });
    const [company] = await t.db.select().from(clients).where(and(eq(clients.orgId, org.orgId), eq(clients.lastName, "ООО «Ромашка»")));
    expect(company).toMatchObject({ type: "legal_entity", firstName: null, middleName: null });

    const again = expectReady(await previewImport(org.director, { kind: "accounts_csv", file, buildingId: org.buildingId }));
    expect(again.preview.sections).toEqual([]);
  });

  it("asks for the building when the file does not name one", async () => {
    const file = bytesFile(Buffer.from(accountsCsv, "utf8"), "счета.csv");
    const check = expectRejected(await previewImport(org.director, { kind: "accounts_csv", file, buildingId: null }));
    expect(check.issues).toEqual([
      { line: 3, column: "Дом", message: "Не указан дом: заполните колонку «Дом» или выберите объект при загрузке" },
      { line: 4, column: "Дом", message: "Не указан дом: заполните колонку «Дом» или выберите объект при загрузке" },
    ]);
  });

  it("needs the right to edit invoices as well as premises", async () => {
    const clerk = await addEmployee(t.db, org, { email: "clerk@test.local", permissions: ["registry.premises.edit"] });
    const file = bytesFile(Buffer.from(accountsCsv, "utf8"), "счета.csv");
    await expect(previewImport(clerk.ctx, { kind: "accounts_csv", file, buildingId: org.buildingId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses another organisation's building", async () => {
    const other = await importOrg(t.db, "Чужая", "ул. Другая");
    const file = bytesFile(Buffer.from(accountsCsv, "utf8"), "счета.csv");
    await expect(previewImport(other.director, { kind: "accounts_csv", file, buildingId: org.buildingId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("CSV import of debt", () => {
  it("sets each account's balance with an adjustment entry, whatever the separator and quoting", async () => {
    const before = await balances();
    const file = bytesFile(Buffer.from('\ufeff"Л.С","Баланс"\n"500001","100,00"\n500002,0\n', "utf8"), "долги.csv");
    const check = expectReady(await previewImport(org.director, { kind: "debt_csv", file, buildingId: null }));
    await commitImport(org.director, { importId: check.importId });

    expect(await balances()).toEqual({ ...before, "500001": "10000", "500002": "0" });
    const adjustments = await t.db.select().from(ledgerEntries).where(and(eq(ledgerEntries.orgId, org.orgId), eq(ledgerEntries.kind, "balance_adjustment")));
    expect(adjustments).toHaveLength(4);
    expect(adjustments.every((e) => e.source?.startsWith("import:"))).toBe(true);
  });

  it("rejects unknown and repeated account numbers and a missing balance", async () => {
    const file = bytesFile(Buffer.from("Л.С;Баланс\n999999;10\n500001;1\n500001;2\n500003;\n", "utf8"), "долги.csv");
    const check = expectRejected(await previewImport(org.director, { kind: "debt_csv", file, buildingId: null }));
    expect(check.issues).toEqual([
      { line: 2, column: "Л.С", message: "Лицевой счёт 999999 не найден" },
      { line: 4, column: "Л.С", message: "Лицевой счёт 500001 уже указан в строке 3" },
      { line: 5, column: "Баланс", message: "Не указан баланс" },
    ]);
  });
});
