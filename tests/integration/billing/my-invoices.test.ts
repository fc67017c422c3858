import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildings, invoices, personalAccounts } from "@/db/schema";
import { openInvoiceReceipt } from "@/lib/billing/receipts/open-invoice-receipt";
import { getMyInvoice, OTHER_SERVICES } from "@/lib/residents/invoices/get-my-invoice";
import { listMyInvoices } from "@/lib/residents/invoices/list-my-invoices";
import { openMyInvoiceReceipt } from "@/lib/residents/invoices/open-my-invoice-receipt";
import { storage } from "@/lib/storage/storage";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { makeReceiptInvoice, seedReceipt } from "@/tests/support/receipt-fixtures";
import { addAccount, residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let houseId: string;
let seeded: Awaited<ReturnType<typeof seedReceipt>>;
let older: { id: string };
let reference: { id: string };

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Счетная");
  b = await createOrg(t.db, "Посторонняя");
  houseId = (await makeBuilding(a, "ул. Платёжная", "3", "Москва")).id;
  seeded = await seedReceipt(t.db, a.orgId, houseId);
  const at = { orgId: a.orgId, buildingId: houseId, premiseId: seeded.premise.id, accountId: seeded.account.id, tariffIds: seeded.tariffIds };
  older = await makeReceiptInvoice(t.db, at, { period: "2026-02", openingBalanceKopecks: 0n });
  reference = await makeReceiptInvoice(t.db, at, { period: "2026-02", isActual: false });
  await makeReceiptInvoice(t.db, at, { period: "2026-04", status: "draft" });
  await makeReceiptInvoice(t.db, at, { period: "2026-01", status: "cancelled", isActual: false });
  const hidden = await addAccount(t.db, { orgId: a.orgId, premiseId: seeded.premise.id, number: "СКРЫТЫЙ", hiddenInCabinet: true });
  await makeReceiptInvoice(t.db, { ...at, accountId: hidden.id }, { period: "2026-03" });
});
afterAll(() => t.close());

describe("«Счета» in the cabinet", () => {
  it("lists issued invoices of visible accounts, actual ones first, never drafts or cancelled ones", async () => {
    const ctx = await residentContext(t.db, seeded.ownerPhone);
    const list = await listMyInvoices(ctx, seeded.premise.id);
    expect(list.actual.map((i) => [i.id, i.period])).toEqual([
      [seeded.invoice.id, "2026-03"],
      [older.id, "2026-02"],
    ]);
    expect(list.reference.map((i) => i.id)).toEqual([reference.id]);
    expect(list.chart).toHaveLength(12);
    expect(list.chart.at(-1)).toEqual({ period: "2026-03", kopecks: seeded.invoice.totalKopecks });
    expect(list.chart.at(-3)).toEqual({ period: "2026-01", kopecks: null });
  });

  it("shows a hidden tariff only as «Прочие услуги», still counted, and penalties inside each service", async () => {
    const ctx = await residentContext(t.db, seeded.ownerPhone);
    const invoice = await getMyInvoice(ctx, seeded.premise.id, seeded.invoice.id);
    const names = invoice.services.map((s) => s.name);
    expect(names).not.toContain("Вывоз ТКО");
    expect(names.at(-1)).toBe(OTHER_SERVICES);
    expect(invoice.services.at(-1)).toMatchObject({ qtyMilli: null, pricesE4: [], accruedKopecks: 24_000n });
    const servicesTotal = invoice.services.reduce((sum, s) => sum + s.totalKopecks, 0n);
    expect(servicesTotal + invoice.money.openingBalanceKopecks).toBe(invoice.money.totalKopecks);
    expect(invoice.penalties).toBeNull();
    expect(invoice.services[0]).toMatchObject({ name: "Холодное водоснабжение", penaltyKopecks: 1_234n });
    expect(invoice.payees).toHaveLength(1);
    expect(invoice.history.map((h) => h.id)).toEqual([seeded.invoice.id, older.id, reference.id]);
  });

  it("moves penalties to one block by service when the building says so", async () => {
    await t.db.update(buildings).set({ penaltiesOneLine: true }).where(eq(buildings.id, houseId));
    try {
      const ctx = await residentContext(t.db, seeded.ownerPhone);
      const invoice = await getMyInvoice(ctx, seeded.premise.id, seeded.invoice.id);
      expect(invoice.penalties).toEqual([{ name: "Холодное водоснабжение", kopecks: 1_234n }]);
      expect(invoice.services.every((s) => s.penaltyKopecks === 0n)).toBe(true);
      const servicesTotal = invoice.services.reduce((sum, s) => sum + s.totalKopecks, 0n);
      expect(servicesTotal + 1_234n + invoice.money.openingBalanceKopecks).toBe(invoice.money.totalKopecks);
    } finally {
      await t.db.update(buildings).set({ penaltiesOneLine: false }).where(eq(buildings.id, houseId));
    }
  });

  it("downloads the resident's own receipt, and refuses drafts, hidden accounts and other people's flats", async () => {
    const ctx = await residentContext(t.db, seeded.ownerPhone);
    const file = await openMyInvoiceReceipt(ctx, seeded.premise.id, seeded.invoice.id);
    expect(file.kind === "file" && Buffer.isBuffer(file.body) && file.body.subarray(0, 5).toString()).toBe("%PDF-");
    const [draft] = await t.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.status, "draft"));
    await expect(openMyInvoiceReceipt(ctx, seeded.premise.id, draft!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [hidden] = await t.db.select({ id: invoices.id }).from(invoices).innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId)).where(eq(personalAccounts.hiddenInCabinet, true));
    await expect(getMyInvoice(ctx, seeded.premise.id, hidden!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await seedReceipt(t.db, b.orgId, (await makeBuilding(b, "ул. Чужая", "1", "Москва")).id);
    const strangerCtx = await residentContext(t.db, stranger.ownerPhone);
    await expect(getMyInvoice(strangerCtx, seeded.premise.id, seeded.invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMyInvoice(strangerCtx, stranger.premise.id, seeded.invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the CRM's receipt of an invoice", () => {
  it("renders the ЕПД, serves an uploaded file, says when there is none, and keeps to the organisation and scope", async () => {
    const file = await openInvoiceReceipt(a.director, seeded.invoice.id);
    expect(file).toMatchObject({ kind: "file", fileName: `Квитанция ${seeded.account.number} 2026-03.pdf` });

    const key = `${a.orgId}/documents/${randomUUID()}`;
    await storage().write(key, [Buffer.from("%PDF-1.4 uploaded")]);
    await t.db.update(invoices).set({ pdfType: "uploaded", pdfFileKey: key, pdfFileName: "февраль.pdf" }).where(eq(invoices.id, older.id));
    const uploaded = await openInvoiceReceipt(a.director, older.id);
    expect(uploaded).toMatchObject({ kind: "file", fileName: "февраль.pdf" });

    await t.db.update(invoices).set({ pdfType: "none" }).where(eq(invoices.id, reference.id));
    expect(await openInvoiceReceipt(a.director, reference.id)).toEqual({ kind: "none", message: "Квитанция по этому счёту отсутствует" });

    await expect(openInvoiceReceipt(b.director, seeded.invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await addEmployee(t.db, a, { email: `scope-${Date.now()}@test.local`, permissions: ["finance.invoices.view"], allBuildings: false });
    await expect(openInvoiceReceipt(other.ctx, seeded.invoice.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const noRight = await addEmployee(t.db, a, { email: `noright-${Date.now()}@test.local`, permissions: ["registry.premises.view"] });
    await expect(openInvoiceReceipt(noRight.ctx, seeded.invoice.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
