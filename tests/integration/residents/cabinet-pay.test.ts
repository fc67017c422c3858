import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildings, clients, invoices, premiseClients } from "@/db/schema";
import { buildPaymentQr } from "@/lib/billing/receipts/payment-qr";
import { resolvePaymentQr } from "@/lib/residents/payments/resolve-payment-qr";
import { INSURANCE_AFTER_REPAYMENT_WARNING } from "@/lib/residents/payments/payment-rules";
import { startPaymentSchema, type StartPaymentInput } from "@/lib/residents/payments/start-payment-schema";
import { PAYMENT_RETURN_PATH, planPayment, startPayment } from "@/lib/residents/payments/start-payment";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { makeReceiptInvoice, seedReceipt } from "@/tests/support/receipt-fixtures";
import { residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let houseId: string;
let mine: Awaited<ReturnType<typeof seedReceipt>>;
let neighbour: Awaited<ReturnType<typeof seedReceipt>>;
let stranger: Awaited<ReturnType<typeof seedReceipt>>;
let insurance: { id: string; totalKopecks: bigint };

const options = { onlinePayment: true, arbitraryAmount: false, acceptWithoutInvoices: false, insuranceAfterFullRepayment: false, insuranceWithAdvance: false };
const setBuilding = (values: Partial<typeof options>) => t.db.update(buildings).set({ ...options, ...values }).where(eq(buildings.id, houseId));
const input = (raw: Record<string, unknown>): StartPaymentInput => startPaymentSchema.parse(raw);
const plan = async (raw: Record<string, unknown>) => planPayment(await residentContext(t.db, mine.ownerPhone), input(raw));

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Платёжная");
  const b = await createOrg(t.db, "Чужая");
  houseId = (await makeBuilding(a, "ул. Кассовая", "1", "Москва")).id;
  mine = await seedReceipt(t.db, a.orgId, houseId, "1");
  neighbour = await seedReceipt(t.db, a.orgId, houseId, "2");
  stranger = await seedReceipt(t.db, b.orgId, (await makeBuilding(b, "ул. Чужая", "9", "Москва")).id, "3");
  await t.db.update(clients).set({ email: "owner@example.ru" }).where(eq(clients.id, mine.owner.id));
  const [row] = await t.db
    .insert(invoices)
    .values({ orgId: a.orgId, buildingId: houseId, premiseId: mine.premise.id, accountId: mine.account.id, type: "insurance", period: "2026-03", status: "issued", totalKopecks: 50_000n })
    .returning();
  insurance = row!;
});
afterAll(() => t.close());
beforeEach(() => setBuilding({}));

describe("paying invoices from the cabinet", () => {
  it("pays one invoice: its amount due to its account, the receipt to the profile's email", async () => {
    const result = await plan({ invoiceIds: [mine.invoice.id] });
    expect(result.intent).toEqual([{ accountId: mine.account.id, invoiceIds: [mine.invoice.id], amountKopecks: mine.invoice.totalKopecks.toString() }]);
    expect(result).toMatchObject({ payerClientId: mine.owner.id, receiptEmail: "owner@example.ru", scope: { orgId: a.orgId } });
    expect((await plan({ invoiceIds: [mine.invoice.id], receiptEmail: "Other@Example.ru" })).receiptEmail).toBe("other@example.ru");
  });

  it("tells «не найден» for a neighbour's or another organisation's invoice id, and for a premise that is not theirs", async () => {
    await expect(plan({ invoiceIds: [neighbour.invoice.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(plan({ invoiceIds: [mine.invoice.id, stranger.invoice.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setBuilding({ arbitraryAmount: true, acceptWithoutInvoices: true });
    await expect(plan({ premiseId: neighbour.premise.id, amount: "100" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(plan({ premiseId: mine.premise.id, accountId: neighbour.account.id, amount: "100" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("says why a draft, a cancelled, a reference or a paid invoice is not paid", async () => {
    const at = { orgId: a.orgId, buildingId: houseId, premiseId: mine.premise.id, accountId: mine.account.id, tariffIds: mine.tariffIds };
    const draft = await makeReceiptInvoice(t.db, at, { period: "2026-04", status: "draft" });
    const cancelled = await makeReceiptInvoice(t.db, at, { period: "2026-01", status: "cancelled", isActual: false });
    const reference = await makeReceiptInvoice(t.db, at, { period: "2026-02", isActual: false });
    const paid = await makeReceiptInvoice(t.db, at, { period: "2026-02" });
    await t.db.update(invoices).set({ totalKopecks: 0n }).where(eq(invoices.id, paid.id));
    await expect(plan({ invoiceIds: [draft.id] })).rejects.toThrow("ещё не выставлен");
    await expect(plan({ invoiceIds: [cancelled.id] })).rejects.toThrow("отменён");
    await expect(plan({ invoiceIds: [reference.id] })).rejects.toThrow("справочный");
    await expect(plan({ invoiceIds: [paid.id] })).rejects.toThrow("уже оплачен");
    await expect(plan({ invoiceIds: [insurance.id] })).rejects.toThrow("вместе со счётом ЖКУ");
  });

  it("takes an amount of the resident's own and an advance only as the building allows", async () => {
    await expect(plan({ invoiceIds: [mine.invoice.id], amount: "100" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { amount: [expect.stringContaining("только сумма счёта")] } });
    await setBuilding({ arbitraryAmount: true });
    expect((await plan({ invoiceIds: [mine.invoice.id], amount: "100,50" })).intent).toEqual([{ accountId: mine.account.id, invoiceIds: [mine.invoice.id], amountKopecks: "10050" }]);
    await expect(plan({ premiseId: mine.premise.id, amount: "500" })).rejects.toThrow("без выставленного счёта");
    await setBuilding({ arbitraryAmount: true, acceptWithoutInvoices: true });
    expect((await plan({ premiseId: mine.premise.id, amount: "500" })).intent).toEqual([{ accountId: mine.account.id, invoiceIds: [], amountKopecks: "50000" }]);
  });

  it("adds insurance only with ЖКУ, after full repayment when the building asks, with an advance only when allowed", async () => {
    const full = await plan({ invoiceIds: [mine.invoice.id], premiseId: mine.premise.id, insurance: true });
    expect(full.intent.at(-1)).toEqual({ accountId: mine.account.id, invoiceIds: [insurance.id], amountKopecks: "50000" });
    expect(full.amountKopecks).toBe(mine.invoice.totalKopecks + 50_000n);
    await setBuilding({ arbitraryAmount: true, insuranceAfterFullRepayment: true });
    await expect(plan({ invoiceIds: [mine.invoice.id], amount: "100", insurance: true })).rejects.toThrow(INSURANCE_AFTER_REPAYMENT_WARNING);
    await setBuilding({ arbitraryAmount: true, acceptWithoutInvoices: true });
    await expect(plan({ premiseId: mine.premise.id, amount: "100", insurance: true })).rejects.toThrow("только вместе со счётом ЖКУ");
    await setBuilding({ arbitraryAmount: true, acceptWithoutInvoices: true, insuranceWithAdvance: true });
    expect((await plan({ premiseId: mine.premise.id, amount: "100", insurance: true })).amountKopecks).toBe(60_000n);
  });

  it("refuses when online payment is off for the building, the premise or the resident's link", async () => {
    await setBuilding({ onlinePayment: false });
    await expect(plan({ invoiceIds: [mine.invoice.id] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setBuilding({});
    await t.db.update(premiseClients).set({ onlinePayment: false }).where(eq(premiseClients.clientId, mine.owner.id));
    try {
      await expect(plan({ invoiceIds: [mine.invoice.id] })).rejects.toThrow("Онлайн-оплата");
    } finally {
      await t.db.update(premiseClients).set({ onlinePayment: true }).where(eq(premiseClients.clientId, mine.owner.id));
    }
  });

  it("asks for the newest invoice of a type when older ones are chosen with it: it carries their debt", async () => {
    const at = { orgId: a.orgId, buildingId: houseId, premiseId: mine.premise.id, accountId: mine.account.id, tariffIds: mine.tariffIds };
    const january = await makeReceiptInvoice(t.db, at, { period: "2026-01", openingBalanceKopecks: 0n });
    const both = await plan({ invoiceIds: [january.id, mine.invoice.id] });
    expect(both.intent).toEqual([{ accountId: mine.account.id, invoiceIds: [january.id, mine.invoice.id], amountKopecks: mine.invoice.totalKopecks.toString() }]);
  });

  it("hands the plan to createOnlinePayment and returns where to send the resident", async () => {
    const create = vi.fn(async () => ({ paymentId: "p", redirectUrl: "https://pay.example/p" }));
    const ctx = await residentContext(t.db, mine.ownerPhone);
    expect(await startPayment(ctx, input({ invoiceIds: [mine.invoice.id], saveCard: true }), create)).toEqual({ paymentId: "p", redirectUrl: "https://pay.example/p", booked: false });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ orgId: a.orgId }), expect.objectContaining({ payerClientId: mine.owner.id, saveCard: true, returnPath: PAYMENT_RETURN_PATH }));
    const q = "00000000-0000-4000-8000-000000000001";
    const chargedAtOnce = vi.fn(async () => ({ paymentId: q, redirectUrl: null }));
    expect(await startPayment(ctx, input({ invoiceIds: [mine.invoice.id] }), chargedAtOnce)).toEqual({ paymentId: q, redirectUrl: `${PAYMENT_RETURN_PATH}?payment=${q}`, booked: false });
  });
});

describe("paying by a receipt's QR code", () => {
  const qrOf = (persAcc: string, sumKopecks: bigint | null) =>
    buildPaymentQr({ name: 'ТСЖ "Пример"', personalAcc: "40703810500000000001", bankName: "ПАО СБЕРБАНК", bic: "044525225", correspAcc: "30101810400000000225", persAcc, sumKopecks, period: "2026-03" });

  it("finds the resident's own account by PersAcc and pre-fills Sum; another's account is «не найден»", async () => {
    const ctx = await residentContext(t.db, mine.ownerPhone);
    expect(await resolvePaymentQr(ctx, qrOf(mine.account.number, 123_456n))).toEqual({ premiseId: mine.premise.id, accountId: mine.account.id, sumKopecks: 123_456n });
    expect((await resolvePaymentQr(ctx, qrOf(mine.account.number, null))).sumKopecks).toBeNull();
    await expect(resolvePaymentQr(ctx, qrOf(neighbour.account.number, 100n))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resolvePaymentQr(ctx, qrOf(stranger.account.number, 100n))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resolvePaymentQr(ctx, "https://example.ru")).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
