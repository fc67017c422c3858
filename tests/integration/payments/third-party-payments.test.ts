import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPayments, POST as postPayments } from "@/app/api/v1/payments/route";
import { accountBalances, auditLog, bankStatements, exchangeLog, invoices, ledgerEntries, payments } from "@/db/schema";
import { deletePayment } from "@/lib/payments/delete-payment";
import { commitStatement, statementCommitSchema } from "@/lib/payments/statements/commit-statement";
import { previewStatement } from "@/lib/payments/statements/preview-statement";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { encodeCp1251 } from "@/tests/support/cp1251";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeAccount, makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { get, keyFor, post, useDbForRoutes } from "../api/api-helpers";

let t: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let key: string;
let otherKey: string;
let buildingId: string;
let tariffId: string;
let flat = 1;

beforeAll(async () => {
  t = await createTestDb();
  useDbForRoutes(t.db);
  org = await createOrg(t.db, "Сторонняя");
  other = await createOrg(t.db, "Чужая");
  buildingId = (await makeBuilding(org, "ул. Банковская", "1")).id;
  const payee = await makePayee(t.db, org.orgId);
  tariffId = (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId })).id;
  key = await keyFor(org, ["payments:read", "payments:write"]);
  otherKey = await keyFor(other, ["payments:read", "payments:write"]);
});
afterAll(async () => {
  useDbForRoutes(undefined);
  await t.close();
});

/** An account owing 500,00 ₽ on an issued March invoice. */
async function accountWithDebt() {
  const n = flat++;
  const premise = await makePremise(org.director, buildingId, { number: String(n) });
  const account = await makeAccount(org.director, premise.id, `70000${n}`);
  const invoice = await makeInvoice(t.db, org.orgId, { buildingId, premiseId: premise.id, accountId: account.id, status: "issued" }, [{ tariffId }]);
  return { accountId: account.id, number: account.number, invoiceId: invoice.id };
}

const balance = async (accountId: string) => (await t.db.select().from(accountBalances).where(eq(accountBalances.accountId, accountId)))[0]?.balanceKopecks;
const paymentsOf = (accountId: string) => t.db.select().from(payments).where(eq(payments.accountId, accountId));

describe("POST /api/v1/payments", () => {
  it("books a payment by account number, and a resend of the same externalId is «unchanged» and books nothing", async () => {
    const { accountId, number, invoiceId } = await accountWithDebt();
    const item = { externalId: "PAY-1", accountNumber: number, amountKopecks: 30_000, paidOn: "2026-11-25", purpose: "ЖКУ за 03.2026", payerName: "Иванова А.П.", invoiceIds: [invoiceId] };
    const first = await post(postPayments, key, { items: [item] });
    expect(first.status).toBe(200);
    expect(first.json.items).toEqual([expect.objectContaining({ index: 0, externalId: "PAY-1", outcome: "created" })]);
    const again = await post(postPayments, key, { items: [{ ...item, amountKopecks: 99_900 }] });
    expect(again.json.items).toEqual([expect.objectContaining({ outcome: "unchanged" })]);
    const rows = await paymentsOf(accountId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: "api", status: "succeeded", idempotencyKey: "api:PAY-1", amountKopecks: 30_000n, paidOn: "2026-11-25", payerName: "Иванова А.П." });
    expect(await balance(accountId)).toBe(20_000n);
    expect((await t.db.select().from(invoices).where(eq(invoices.id, invoiceId)))[0]).toMatchObject({ paidKopecks: 30_000n, totalKopecks: 20_000n });

    const listed = await get(getPayments, key, "?externalId=PAY-1");
    expect(listed.json.items).toEqual([expect.objectContaining({ externalId: "PAY-1", accountNumber: number, amountKopecks: "30000", source: "api" })]);
    expect((await get(getPayments, otherKey, "?externalId=PAY-1")).json.items).toEqual([]);
  });

  it("answers 422 listing every bad item and books none of them: float amounts, unknown and foreign accounts, repeats", async () => {
    const { accountId, number } = await accountWithDebt();
    const foreign = await get(getPayments, otherKey);
    expect(foreign.status).toBe(200);
    const result = await post(postPayments, key, {
      items: [
        { externalId: "BAD-0", accountNumber: number, amountKopecks: 100.5, paidOn: "2026-11-25" },
        { externalId: "BAD-1", accountNumber: "нет-такого", amountKopecks: 100, paidOn: "2026-11-25" },
        { externalId: "BAD-2", accountId, amountKopecks: 100, paidOn: "2026-11-25" },
        { externalId: "BAD-2", accountId, amountKopecks: 100, paidOn: "25.11.2026", sum: 1 },
      ],
    });
    expect(result.status).toBe(422);
    const messages = (result.json.errors as { index: number; message: string }[]).map((e) => [e.index, e.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [0, "Сумма в копейках: целое число, без дробной части"],
        [1, "Лицевой счёт не найден"],
        [3, "Неизвестное поле «sum»"],
        [3, "Дата оплаты: YYYY-MM-DD"],
      ]),
    );
    expect(await paymentsOf(accountId)).toHaveLength(0);
    // Another organisation's key cannot reach the account by its id.
    const stranger = await post(postPayments, otherKey, { items: [{ externalId: "X-1", accountId, amountKopecks: 100, paidOn: "2026-11-25" }] });
    expect(stranger.status).toBe(422);
    expect(await paymentsOf(accountId)).toHaveLength(0);
  });

  // On PostgreSQL these are ten connections at once: payments_org_idempotency_uq lets one insert, the others wait and find it.
  it("books once when the same item is sent ten times at the same moment", async () => {
    const { accountId, number } = await accountWithDebt();
    const body = { items: [{ externalId: "PAR-1", accountNumber: number, amountKopecks: 10_000, paidOn: "2026-11-26" }] };
    const results = await Promise.all(Array.from({ length: 10 }, () => post(postPayments, key, body)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const outcomes = results.map((r) => (r.json.items as { outcome: string }[])[0]!.outcome);
    expect(outcomes.filter((o) => o === "created")).toHaveLength(1);
    expect(await paymentsOf(accountId)).toHaveLength(1);
    expect(await balance(accountId)).toBe(40_000n);
  });
});

describe("deleting a third-party payment", () => {
  it("reverses its ledger entries, gives the invoice its debt back, and a second delete changes nothing", async () => {
    const { accountId, number, invoiceId } = await accountWithDebt();
    const { json } = await post(postPayments, key, { items: [{ externalId: "DEL-1", accountNumber: number, amountKopecks: 70_000, paidOn: "2026-11-25" }] });
    const paymentId = (json.items as { id: string }[])[0]!.id;
    expect(await balance(accountId)).toBe(-20_000n);

    await expect(deletePayment(other.director, { paymentId, reason: "Ошибочно" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await deletePayment(org.director, { paymentId, reason: "Задвоен в выписке" })).toEqual({ deleted: true });
    expect(await deletePayment(org.director, { paymentId, reason: "Ещё раз" })).toEqual({ deleted: false });

    expect(await balance(accountId)).toBe(50_000n);
    const entries = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, paymentId));
    const reversals = entries.filter((e) => e.kind === "payment_reversal");
    expect(reversals).toHaveLength(entries.length / 2);
    expect(reversals.every((e) => e.amountKopecks > 0n && e.note === "Платёж удалён: Задвоен в выписке")).toBe(true);
    expect((await t.db.select().from(invoices).where(eq(invoices.id, invoiceId)))[0]).toMatchObject({ paidKopecks: 0n, totalKopecks: 50_000n });
    expect((await t.db.select().from(payments).where(eq(payments.id, paymentId)))[0]).toMatchObject({ status: "deleted", deletedBy: org.directorId });
    expect(await t.db.$count(auditLog, and(eq(auditLog.entityId, paymentId), eq(auditLog.action, "payment.deleted")))).toBe(1);
  });

  // On PostgreSQL two connections at once: the payment's row lock lets one reverse, the other finds it deleted.
  it("reverses once when two staff delete the same payment at the same moment", async () => {
    const { accountId, number } = await accountWithDebt();
    const { json } = await post(postPayments, key, { items: [{ externalId: "DEL-PAR", accountNumber: number, amountKopecks: 20_000, paidOn: "2026-11-25" }] });
    const paymentId = (json.items as { id: string }[])[0]!.id;
    const results = await Promise.all([1, 2].map(() => deletePayment(org.director, { paymentId, reason: "Задвоен" })));
    expect(results.filter((r) => r.deleted)).toHaveLength(1);
    expect(await t.db.$count(ledgerEntries, and(eq(ledgerEntries.paymentId, paymentId), eq(ledgerEntries.kind, "payment_reversal")))).toBe(1);
    expect(await balance(accountId)).toBe(50_000n);
  });

  it("refuses an online payment: its money goes back by a refund", async () => {
    const { accountId } = await accountWithDebt();
    const [online] = await t.db
      .insert(payments)
      .values({ orgId: org.orgId, source: "online", status: "succeeded", idempotencyKey: `online-${accountId}`, amountKopecks: 100n, chargedKopecks: 100n, accountId })
      .returning();
    await expect(deletePayment(org.director, { paymentId: online!.id, reason: "Ошибочно" })).rejects.toThrow("возвратом");
  });
});

const OURS = "40703810500000000001";
const doc = (n: string, amount: string, purpose: string, receiver = OURS) =>
  [`СекцияДокумент=Платежное поручение`, `Номер=${n}`, "Дата=25.11.2026", `Сумма=${amount}`, `ПлательщикСчет=4081781000000000${n.padStart(4, "0")}`, `Плательщик=Плательщик ${n}`, `ПолучательСчет=${receiver}`, `НазначениеПлатежа=${purpose}`, "КонецДокумента"].join("\r\n");
const statementFile = (name: string, ...docs: string[]) => {
  const bytes = encodeCp1251(["1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows", ...docs, "КонецФайла", ""].join("\r\n"));
  return { name, type: "text/plain", stream: () => new Blob([Buffer.from(bytes)]).stream() };
};

describe("loading a bank statement", () => {
  it("matches lines by «ЛС» in the purpose, books matched and hand-picked ones, leaves out the rest, and refuses the same file again", async () => {
    const a = await accountWithDebt();
    const b = await accountWithDebt();
    const c = await accountWithDebt();
    const file = () => statementFile("выписка.txt", doc("1", "100.00", `Оплата ЖКУ ЛС ${a.number}`), doc("2", "200.00", `квартплата л/с ${b.number}`), doc("3", "300.00", "Оплата за квартиру"), doc("4", "400.00", "не нам", "40702810400000009999"), doc("5", "50.00", "без счёта"));
    const preview = await previewStatement(org.director, file());
    if (preview.status !== "ready") throw new Error(preview.message);
    expect(preview.statement.skipped).toBe(1);
    expect(preview.statement.lines.map((l) => [l.number, l.accountLabel])).toEqual([["1", a.number], ["2", b.number], ["3", null], ["5", null]]);
    expect(preview.totals).toMatchObject({ matched: 2, unmatched: 2, booked: 0 });
    expect(preview.statement.lines[0]!.address).toContain("ул. Банковская");

    const [line2, line3] = [preview.statement.lines[1]!, preview.statement.lines[2]!];
    const input = statementCommitSchema.parse({ statementId: preview.statement.id, assign: [{ key: line3.key, accountId: c.accountId }, { key: line2.key, accountId: null }] });
    expect(await commitStatement(org.director, input)).toEqual({ booked: 2, repeated: 0, leftOut: 2 });
    expect((await paymentsOf(a.accountId))[0]).toMatchObject({ source: "statement", status: "succeeded", amountKopecks: 10_000n, paidOn: "2026-11-25", payerName: "Плательщик 1" });
    expect(await paymentsOf(b.accountId)).toHaveLength(0);
    expect(await balance(c.accountId)).toBe(20_000n);
    expect(await t.db.$count(bankStatements, eq(bankStatements.orgId, org.orgId))).toBe(1);

    expect(await previewStatement(org.director, file())).toEqual({ status: "rejected", message: "Эта выписка уже загружена (выписка.txt): её платежи проведены" });

    // A later statement repeating line 1 shows it as booked and books it no second time.
    const later = await previewStatement(org.director, statementFile("выписка-2.txt", doc("1", "100.00", `Оплата ЖКУ ЛС ${a.number}`), doc("6", "10.00", `ЛС ${a.number}`)));
    if (later.status !== "ready") throw new Error(later.message);
    expect(later.statement.lines.map((l) => l.booked)).toEqual([true, false]);
    expect(await commitStatement(org.director, statementCommitSchema.parse({ statementId: later.statement.id }))).toEqual({ booked: 1, repeated: 1, leftOut: 0 });
    expect(await paymentsOf(a.accountId)).toHaveLength(2);
  });

  it("refuses the same file confirmed twice (two previews of it) by the database, and another organisation's preview", async () => {
    const a = await accountWithDebt();
    const file = () => statementFile("двойная.txt", doc("7", "10.00", `ЛС ${a.number}`), doc("8", "11.00", `ЛС ${a.number}`));
    const [one, two] = [await previewStatement(org.director, file()), await previewStatement(org.director, file())];
    if (one.status !== "ready" || two.status !== "ready") throw new Error("not ready");
    await expect(commitStatement(other.director, statementCommitSchema.parse({ statementId: one.statement.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await commitStatement(org.director, statementCommitSchema.parse({ statementId: one.statement.id }));
    await expect(commitStatement(org.director, statementCommitSchema.parse({ statementId: two.statement.id }))).rejects.toThrow("Эта выписка уже загружена");
    expect(await paymentsOf(a.accountId)).toHaveLength(2);
  });

  it("says plainly what is wrong with a broken file, and refuses an account picked from another organisation", async () => {
    expect(await previewStatement(org.director, statementFile("пустая.txt"))).toEqual({ status: "rejected", message: "В выписке нет поступлений на расчётные счета организации" });
    const broken = { name: "x.txt", type: "", stream: () => new Blob([Buffer.from(encodeCp1251("1CClientBankExchange\r\nСекцияДокумент=Платежное поручение\r\nНомер=1\r\n"))]).stream() };
    expect(await previewStatement(org.director, broken)).toMatchObject({ status: "rejected", message: expect.stringContaining("нет КонецДокумента") });
    const refused = await t.db.select().from(exchangeLog).where(and(eq(exchangeLog.orgId, org.orgId), eq(exchangeLog.status, "rejected"), eq(exchangeLog.fileName, "x.txt")));
    expect(refused).toEqual([expect.objectContaining({ kind: "payments.statement", errors: [expect.objectContaining({ message: expect.stringContaining("нет КонецДокумента") })] })]);
    const a = await accountWithDebt();
    const preview = await previewStatement(org.director, statementFile("чужой-счёт.txt", doc("9", "10.00", "без счёта")));
    if (preview.status !== "ready") throw new Error(preview.message);
    const foreignPremise = await makePremise(other.director, (await makeBuilding(other, "ул. Чужая", "1")).id, { number: "1" });
    const foreign = await makeAccount(other.director, foreignPremise.id, "900001");
    const input = statementCommitSchema.parse({ statementId: preview.statement.id, assign: [{ key: preview.statement.lines[0]!.key, accountId: foreign.id }] });
    await expect(commitStatement(org.director, input)).rejects.toThrow("Выбранный лицевой счёт не найден");
    expect(await paymentsOf(a.accountId)).toHaveLength(0);
  });
});
