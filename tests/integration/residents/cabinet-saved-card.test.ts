import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ledgerEntries, payments, savedPaymentMethods } from "@/db/schema";
import { createOnlinePayment } from "@/lib/payments/create-online-payment";
import { payeeGateway, payeeOf } from "@/lib/payments/gateways/payee-gateway";
import { loadPayScreen } from "@/lib/residents/payments/pay-screen";
import { startPaymentSchema } from "@/lib/residents/payments/start-payment-schema";
import { PAYMENT_RETURN_PATH, startPayment } from "@/lib/residents/payments/start-payment";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import "@/tests/support/payment-fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { seedReceipt } from "@/tests/support/receipt-fixtures";
import { residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let mine: Awaited<ReturnType<typeof seedReceipt>>;
let neighbour: Awaited<ReturnType<typeof seedReceipt>>;
let myCard: string;
let neighboursCard: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Карточная");
  const houseId = (await makeBuilding(a, "ул. Карточная", "1", "Москва")).id;
  mine = await seedReceipt(t.db, a.orgId, houseId, "1");
  neighbour = await seedReceipt(t.db, a.orgId, houseId, "2");
  // The gateway createOnlinePayment will pick for these invoices (embedded mode makes a sandbox one).
  const gateway = await payeeGateway(t.db, a.orgId, await payeeOf(t.db, a.orgId, [mine.account.id], [mine.invoice.id]));
  const card = (clientId: string, providerMethodId: string, title: string) =>
    t.db.insert(savedPaymentMethods).values({ orgId: a.orgId, clientId, gatewayId: gateway.id, providerMethodId, title }).returning().then(([row]) => row!.id);
  myCard = await card(mine.owner.id, "pm-mine", "•••• 4242");
  neighboursCard = await card(neighbour.owner.id, "pm-neighbour", "•••• 1111");
});
afterAll(() => t.close());

describe("paying with a saved card from the cabinet", () => {
  it("offers on the pay screen only the resident's own cards of the payment's gateway", async () => {
    const screen = await loadPayScreen(await residentContext(t.db, mine.ownerPhone), { invoiceId: mine.invoice.id, premiseId: mine.premise.id, group: "housing", all: false, advance: false });
    expect(screen.savedCards).toEqual([{ id: myCard, title: "•••• 4242" }]);
  });

  it("refuses another resident's card as «не найдена» and charges nothing", async () => {
    const ctx = await residentContext(t.db, mine.ownerPhone);
    const before = await t.db.select({ id: payments.id }).from(payments).where(eq(payments.orgId, a.orgId));
    await expect(startPayment(ctx, startPaymentSchema.parse({ invoiceIds: [mine.invoice.id], savedMethodId: neighboursCard }), createOnlinePayment)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.select({ id: payments.id }).from(payments).where(eq(payments.orgId, a.orgId))).toHaveLength(before.length);
  });

  it("charges the own card at once: booked, and the resident goes to the outcome page", async () => {
    const ctx = await residentContext(t.db, mine.ownerPhone);
    const started = await startPayment(ctx, startPaymentSchema.parse({ invoiceIds: [mine.invoice.id], savedMethodId: myCard }), createOnlinePayment);
    expect(started).toEqual({ paymentId: started.paymentId, redirectUrl: `${PAYMENT_RETURN_PATH}?payment=${started.paymentId}`, booked: true });
    const [payment] = await t.db.select().from(payments).where(eq(payments.id, started.paymentId));
    expect(payment).toMatchObject({ status: "succeeded", savedMethodId: myCard, amountKopecks: mine.invoice.totalKopecks });
    const booked = await t.db.select({ amount: ledgerEntries.amountKopecks }).from(ledgerEntries).where(and(eq(ledgerEntries.paymentId, started.paymentId), eq(ledgerEntries.kind, "payment")));
    expect(booked.reduce((s, e) => s + e.amount, 0n)).not.toBe(0n);
  });
});
