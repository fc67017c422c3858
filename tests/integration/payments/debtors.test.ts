import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportKinds } from "@/lib/exchange/export-kinds";
import { debtorFiltersFrom } from "@/lib/payments/debtors/debtor-filters";
import { listDebtors } from "@/lib/payments/debtors/list-debtors";
import { parseListParams } from "@/lib/table/list-params";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makePayment } from "@/tests/support/payment-fixtures";
import { link, makeAccount, makeBuilding, makeClient, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let north: string;
let south: string;

const list = (query: Record<string, string> = {}, ctx = org.director) => listDebtors(ctx, parseListParams(query), debtorFiltersFrom(query));
const numbers = async (query: Record<string, string> = {}, ctx = org.director) => (await list(query, ctx)).rows.map((r) => r.accountNumber);

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Должники");
  other = await createOrg(t.db, "Чужие должники");
  const payee = await makePayee(t.db, org.orgId);
  north = (await makeBuilding(org, "Северная", "1")).id;
  south = (await makeBuilding(org, "Южная", "2")).id;
  const tariffOf = async (buildingId: string) => (await makeTariff(t.db, org.orgId, { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id }, { buildingId })).id;
  const tariffs = { [north]: await tariffOf(north), [south]: await tariffOf(south) };
  // Debts: Д-1 500,00 ₽ (north, owner Петров), Д-2 1 000,00 ₽ capital repair (north, an unconfirmed owner), Д-3 200,00 ₽ (south),
  // Д-4 paid in full (none), Д-5 overpaid (none).
  const debtor = async (buildingId: string, n: number, qty: bigint, type: "utilities" | "capital_repair" = "utilities") => {
    const premise = await makePremise(org.director, buildingId, { number: String(n) });
    const account = await makeAccount(org.director, premise.id, `Д-${n}`);
    await makeInvoice(t.db, org.orgId, { buildingId, premiseId: premise.id, accountId: account.id, status: "issued", type }, [{ tariffId: tariffs[buildingId], qty1Milli: qty }]);
    return { premiseId: premise.id, accountId: account.id, buildingId };
  };
  const d1 = await debtor(north, 1, 10_000n);
  await link(org.director, d1.premiseId, (await makeClient(org, "Петров", "Пётр", "+79161234567")).id, "owner");
  const d2 = await debtor(north, 2, 20_000n, "capital_repair");
  await link(org.director, d2.premiseId, (await makeClient(org, "Новосёлов")).id, "unconfirmed_owner");
  await debtor(south, 3, 4_000n);
  const d4 = await debtor(south, 4, 4_000n);
  await makePayment(t.db, org.orgId, { ...d4, amountKopecks: 20_000n, source: "api" });
  const d5 = await debtor(south, 5, 4_000n);
  await makePayment(t.db, org.orgId, { ...d5, amountKopecks: 50_000n, source: "api" });
  const foreign = await makeBuilding(other, "Чужая", "1");
  await makeAccount(other.director, (await makePremise(other.director, foreign.id, { number: "1" })).id, "Д-ЧУЖ");
});
afterAll(() => t.close());

describe("«Должники»", () => {
  it("lists accounts with a debt, the largest first, with the owner, phone and role", async () => {
    const page = await list();
    expect(page.rows.map((r) => [r.accountNumber, r.debtKopecks])).toEqual([
      ["Д-2", 100_000n],
      ["Д-1", 50_000n],
      ["Д-3", 20_000n],
    ]);
    expect(page.rows[1]).toMatchObject({ clientNames: "Петров Пётр", phone: "+79161234567", basis: "owner" });
    expect(page.rows[0]).toMatchObject({ basis: "unconfirmed_owner" });
    expect(page.total.count).toBe(3);
    expect(await numbers({ sort: "debt", dir: "asc" })).toEqual(["Д-3", "Д-1", "Д-2"]);
  });

  it("filters by debt range, building, role and invoice type, and searches", async () => {
    expect(await numbers({ debtFrom: "300", debtTo: "600" })).toEqual(["Д-1"]);
    expect(await numbers({ debtFrom: "500,00" })).toEqual(["Д-2", "Д-1"]);
    expect(await numbers({ building: south })).toEqual(["Д-3"]);
    expect(await numbers({ role: "owner" })).toEqual(["Д-1"]);
    expect(await numbers({ role: "unconfirmed_owner" })).toEqual(["Д-2"]);
    const capital = await list({ type: "capital_repair" });
    expect(capital.rows.map((r) => [r.accountNumber, r.typeDebtKopecks])).toEqual([["Д-2", 100_000n]]);
    expect(await numbers({ q: "петров" })).toEqual(["Д-1"]);
    expect(await numbers({ q: "Южная" })).toEqual(["Д-3"]);
    expect(await numbers({ q: "Д-3" })).toEqual(["Д-3"]);
  });

  it("shows only the employee's buildings and the organisation's own accounts", async () => {
    expect(await numbers({}, { ...org.director, buildingIds: [south] })).toEqual(["Д-3"]);
    expect(await numbers({}, other.director)).toEqual([]);
  });

  it("exports the filtered debtors", async () => {
    expect((await exportKinds.debtors.open(org.director, { building: north }).count(t.db)).count).toBe(2);
  });
});
