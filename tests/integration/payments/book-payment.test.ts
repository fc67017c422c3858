import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountBalances, invoices, ledgerEntries, paymentItems, payments } from "@/db/schema";
import { bookPayment } from "@/lib/payments/book-payment";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeAccount, makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let buildingId: string;
let tariffId: string;
let flat = 1;

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Платёжная");
  other = await createOrg(t.db, "Посторонняя");
  buildingId = (await makeBuilding(org, "ул. Оплат", "1")).id;
  const payee = await makePayee(t.db, org.orgId);
  tariffId = (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId })).id;
});
afterAll(() => t.close());

/** An account with two issued invoices: February (500,00 ₽) and March (500,00 + 200,00 ₽). */
async function accountWithDebts() {
  const premise = await makePremise(org.director, buildingId, { number: String(flat) });
  const account = await makeAccount(org.director, premise.id, `ЛС-П-${flat++}`);
  const place = { buildingId, premiseId: premise.id, accountId: account.id, status: "issued" as const };
  const february = await makeInvoice(t.db, org.orgId, { ...place, period: "2026-02" }, [{ tariffId }]);
  const march = await makeInvoice(t.db, org.orgId, { ...place, period: "2026-03" }, [{ tariffId }, { tariffId, qty1Milli: 4_000n }]);
  return { accountId: account.id, february, march };
}

async function newPayment(accountId: string, amountKopecks: bigint, invoiceIds: string[] = [], key = `order-${Math.random()}`) {
  const [row] = await t.db
    .insert(payments)
    .values({ orgId: org.orgId, source: "online", idempotencyKey: key, amountKopecks, chargedKopecks: amountKopecks, accountId, buildingId, intent: [{ accountId, invoiceIds, amountKopecks: amountKopecks.toString() }] })
    .returning();
  return row!;
}

const scope = () => ({ orgId: org.orgId, actor: { type: "system" as const, name: "Шлюз" } });
const balance = async (accountId: string) => (await t.db.select().from(accountBalances).where(eq(accountBalances.accountId, accountId)))[0]?.balanceKopecks;
const invoice = async (id: string) => (await t.db.select().from(invoices).where(eq(invoices.id, id)))[0]!;

describe("booking a payment", () => {
  it("pays the chosen invoice's lines, then the oldest, and lowers the invoices' amount due", async () => {
    const { accountId, february, march } = await accountWithDebts();
    expect(await balance(accountId)).toBe(120_000n);
    const payment = await newPayment(accountId, 80_000n, [march.id]);
    expect(await t.db.transaction((tx) => bookPayment(tx, scope(), payment.id))).toEqual({ booked: true });

    const items = await t.db.select().from(paymentItems).where(eq(paymentItems.paymentId, payment.id));
    expect(items.map((i) => [i.invoiceId, i.amountKopecks])).toEqual([[march.id, 50_000n], [march.id, 20_000n], [february.id, 10_000n]]);
    expect(await balance(accountId)).toBe(40_000n);
    expect((await invoice(march.id)).totalKopecks).toBe(0n);
    expect(await invoice(february.id)).toMatchObject({ paidKopecks: 10_000n, totalKopecks: 40_000n });
    const entries = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, payment.id));
    expect(entries.every((e) => e.kind === "payment" && e.amountKopecks < 0n && e.invoiceLineId)).toBe(true);
  });

  it("makes the rest an advance once every line is paid", async () => {
    const { accountId } = await accountWithDebts();
    const payment = await newPayment(accountId, 150_000n);
    await t.db.transaction((tx) => bookPayment(tx, scope(), payment.id));
    const items = await t.db.select().from(paymentItems).where(eq(paymentItems.paymentId, payment.id));
    expect(items.filter((i) => i.kind === "advance").map((i) => i.amountKopecks)).toEqual([30_000n]);
    expect(await balance(accountId)).toBe(-30_000n);
  });

  // On PostgreSQL these are fifty connections at once: the payment row lock lets one book, the others find it booked.
  it("books once when fifty identical notifications arrive together", async () => {
    const { accountId } = await accountWithDebts();
    const payment = await newPayment(accountId, 120_000n);
    const results = await Promise.all(Array.from({ length: 50 }, () => t.db.transaction((tx) => bookPayment(tx, scope(), payment.id))));
    expect(results.filter((r) => r.booked)).toHaveLength(1);
    expect(await t.db.$count(paymentItems, eq(paymentItems.paymentId, payment.id))).toBe(3);
    expect(await balance(accountId)).toBe(0n);
  });

  it("never splits one unpaid line between two payments booked at the same time", async () => {
    const { accountId } = await accountWithDebts();
    const [a, b] = [await newPayment(accountId, 100_000n), await newPayment(accountId, 100_000n)];
    await Promise.all([a, b].map((p) => t.db.transaction((tx) => bookPayment(tx, scope(), p.id))));
    const advances = await t.db.select().from(paymentItems).where(eq(paymentItems.kind, "advance"));
    expect(advances.filter((i) => i.paymentId === a.id || i.paymentId === b.id).reduce((s, i) => s + i.amountKopecks, 0n)).toBe(80_000n);
    expect(await balance(accountId)).toBe(-80_000n);
  });

  it("refuses another organisation's payment and a payment whose split does not add up", async () => {
    const { accountId } = await accountWithDebts();
    const payment = await newPayment(accountId, 10_000n);
    await expect(t.db.transaction((tx) => bookPayment(tx, { orgId: other.orgId, actor: { type: "system", name: "Чужой" } }, payment.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.db.update(payments).set({ amountKopecks: 20_000n }).where(eq(payments.id, payment.id));
    await expect(t.db.transaction((tx) => bookPayment(tx, scope(), payment.id))).rejects.toThrow("не сходится");
    expect(await balance(accountId)).toBe(120_000n);
  });
});
