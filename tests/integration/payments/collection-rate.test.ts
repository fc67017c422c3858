import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shiftPeriod } from "@/lib/billing/billing-period";
import { todayIn } from "@/lib/core/date-time";
import { collectionRate } from "@/lib/payments/collection-rate";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makePayment } from "@/tests/support/payment-fixtures";
import { makeAccount, makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let buildingId: string;
const current = todayIn("Europe/Moscow").slice(0, 7);

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Собираемость");
  const payee = await makePayee(t.db, org.orgId);
  buildingId = (await makeBuilding(org, "Сборная", "1")).id;
  const tariffId = (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId })).id;
  const premise = await makePremise(org.director, buildingId, { number: "1" });
  const accountId = (await makeAccount(org.director, premise.id, "С-1")).id;
  const place = { buildingId, premiseId: premise.id, accountId, status: "issued" as const };
  // 500,00 ₽ last month, 1 000,00 ₽ this month, 300,00 ₽ thirteen months ago (outside); 600,00 ₽ paid today, which
  // pays the oldest first: 300,00 ₽ of the month outside the window and 300,00 ₽ of last month.
  await makeInvoice(t.db, org.orgId, { ...place, period: shiftPeriod(current, -1) }, [{ tariffId }]);
  await makeInvoice(t.db, org.orgId, { ...place, period: current }, [{ tariffId, qty1Milli: 20_000n }]);
  await makeInvoice(t.db, org.orgId, { ...place, period: shiftPeriod(current, -13) }, [{ tariffId, qty1Milli: 6_000n }]);
  await makePayment(t.db, org.orgId, { accountId, buildingId, amountKopecks: 60_000n, source: "api" });
});
afterAll(() => t.close());

describe("the collection-rate widget", () => {
  it("sums issued invoices per month and what of them is paid, over the last twelve months", async () => {
    const months = await collectionRate(org.director);
    expect(months).toHaveLength(12);
    expect(months.at(-1)).toEqual({ period: current, issuedKopecks: 100_000n, paidKopecks: 0n });
    expect(months.at(-2)).toEqual({ period: shiftPeriod(current, -1), issuedKopecks: 50_000n, paidKopecks: 30_000n });
    expect(months[0]!.period).toBe(shiftPeriod(current, -11));
    expect(months.reduce((s, m) => s + m.issuedKopecks, 0n)).toBe(150_000n);
  });

  it("counts only the employee's buildings", async () => {
    const months = await collectionRate({ ...org.director, buildingIds: [] });
    expect(months.every((m) => m.issuedKopecks === 0n && m.paidKopecks === 0n)).toBe(true);
    expect((await collectionRate({ ...org.director, buildingIds: [buildingId] })).at(-2)!.paidKopecks).toBe(30_000n);
  });
});
