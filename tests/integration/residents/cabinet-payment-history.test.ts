import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paymentGateways, payments, savedPaymentMethods } from "@/db/schema";
import { listMyPayments } from "@/lib/residents/payments/list-my-payments";
import { listMySavedCards, removeMySavedCard } from "@/lib/residents/payments/my-saved-cards";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { makeReceiptPayee, seedReceipt } from "@/tests/support/receipt-fixtures";
import { residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let mine: Awaited<ReturnType<typeof seedReceipt>>;
let neighbour: Awaited<ReturnType<typeof seedReceipt>>;
let gatewayId: string;
let key = 0;

async function pay(values: Partial<typeof payments.$inferInsert> & { accountId: string }) {
  const amountKopecks = values.amountKopecks ?? 10_000n;
  const [row] = await t.db
    .insert(payments)
    .values({ orgId: a.orgId, source: "online", idempotencyKey: `k${key++}`, amountKopecks, chargedKopecks: amountKopecks, intent: [{ accountId: values.accountId, invoiceIds: [], amountKopecks: amountKopecks.toString() }], ...values })
    .returning();
  return row!;
}

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Историческая");
  const houseId = (await makeBuilding(a, "ул. Архивная", "5", "Москва")).id;
  mine = await seedReceipt(t.db, a.orgId, houseId, "1");
  neighbour = await seedReceipt(t.db, a.orgId, houseId, "2");
  const payee = await makeReceiptPayee(t.db, a.orgId);
  const [gateway] = await t.db.insert(paymentGateways).values({ orgId: a.orgId, legalEntityId: payee.legalEntityId, provider: "sandbox", name: "Тест" }).returning();
  gatewayId = gateway!.id;
});
afterAll(() => t.close());

describe("«История платежей»", () => {
  it("shows the resident's own online payments and third-party ones to their accounts, never a neighbour's", async () => {
    const online = await pay({ accountId: mine.account.id, payerClientId: mine.owner.id, intent: [{ accountId: mine.account.id, invoiceIds: [mine.invoice.id], amountKopecks: "10000" }], receiptEmail: "me@example.ru", commissionKopecks: 150n, chargedKopecks: 10_150n });
    const bank = await pay({ accountId: mine.account.id, source: "statement", status: "succeeded", paidOn: "2026-03-20" });
    await pay({ accountId: neighbour.account.id, payerClientId: neighbour.owner.id });
    await pay({ accountId: neighbour.account.id, source: "api", status: "succeeded" });
    await pay({ accountId: mine.account.id, source: "api", status: "deleted" });
    const ctx = await residentContext(t.db, mine.ownerPhone);
    const ownOnline = await listMyPayments(ctx, { tab: "online" });
    expect(ownOnline.map((p) => p.id)).toEqual([online.id]);
    expect(ownOnline[0]).toMatchObject({ status: "pending", chargedKopecks: 10_150n, receiptEmail: "me@example.ru", paid: [{ label: "ЖКУ за март 2026", kopecks: 10_000n }] });
    const thirdParty = await listMyPayments(ctx, { tab: "third_party" });
    expect(thirdParty.map((p) => [p.id, p.when])).toEqual([[bank.id, "20.03.2026"]]);
    expect(thirdParty[0]!.paid).toEqual([{ label: "Аванс", kopecks: 10_000n }]);
    expect(await listMyPayments(ctx, { tab: "third_party", from: "2026-03-21" })).toEqual([]);
    expect(await listMyPayments(ctx, { tab: "third_party", from: "2026-03-01", to: "2026-03-20" })).toHaveLength(1);
  });
});

describe("saved cards", () => {
  it("lists the resident's cards and removes only their own", async () => {
    const [own, other] = await t.db
      .insert(savedPaymentMethods)
      .values([
        { orgId: a.orgId, clientId: mine.owner.id, gatewayId, providerMethodId: "pm-1", title: "•••• 4242" },
        { orgId: a.orgId, clientId: neighbour.owner.id, gatewayId, providerMethodId: "pm-2", title: "•••• 1111" },
      ])
      .returning();
    const ctx = await residentContext(t.db, mine.ownerPhone);
    expect((await listMySavedCards(ctx)).map((c) => c.id)).toEqual([own!.id]);
    await expect(removeMySavedCard(ctx, other!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeMySavedCard(ctx, own!.id);
    expect(await listMySavedCards(ctx)).toEqual([]);
    await expect(removeMySavedCard(ctx, own!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMySavedCards(await residentContext(t.db, neighbour.ownerPhone))).map((c) => c.id)).toEqual([other!.id]);
  });
});
