import { PassThrough } from "node:stream";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, buildings, invoiceLines, invoices } from "@/db/schema";
import { createInvoice } from "@/lib/billing/invoices/create-invoice";
import { invoiceFiltersFrom } from "@/lib/billing/invoices/invoice-filters";
import { readInvoicePdf, uploadInvoicePdf } from "@/lib/billing/invoices/invoice-pdf-file";
import { invoiceCreateSchema, invoiceLinesSaveSchema, invoiceUpdateSchema } from "@/lib/billing/invoices/invoice-schema";
import { listInvoices } from "@/lib/billing/invoices/list-invoices";
import { saveInvoiceLines } from "@/lib/billing/invoices/save-invoice-lines";
import { updateInvoice } from "@/lib/billing/invoices/update-invoice";
import { issueInvoices } from "@/lib/billing/issue-invoices";
import type { StaffContext } from "@/lib/core/context";
import { exportKinds } from "@/lib/exchange/export-kinds";
import { saveDirectoryEntry } from "@/lib/org/building-directories";
import { parseListParams } from "@/lib/table/list-params";
import { makeInvoice, makePayee, makeTariff } from "@/tests/support/billing-fixtures";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeAccount, makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let other: OrgFixture;
type Place = { buildingId: string; premiseId: string; accountId: string };
let lenina: Place;
let sadovaya: Place;
let foreign: Place;
let tariffId: string;
let commonTariffId: string;
let insuranceTariffId: string;

async function placeIn(o: OrgFixture, street: string, number: string, account: string): Promise<Place> {
  const building = await makeBuilding(o, street, "5");
  const premise = await makePremise(o.director, building.id, { number, totalArea: "54,3" });
  return { buildingId: building.id, premiseId: premise.id, accountId: (await makeAccount(o.director, premise.id, account)).id };
}

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Счета");
  other = await createOrg(t.db, "Чужие счета");
  lenina = await placeIn(org, "ул. Ленина", "12", "7700012");
  sadovaya = await placeIn(org, "ул. Садовая", "3", "7700003");
  foreign = await placeIn(other, "ул. Чужая", "1", "9900001");
  const payee = await makePayee(t.db, org.orgId);
  const of = { legalEntityId: payee.legalEntity.id, bankAccountId: payee.bankAccount.id };
  // 42,1234 ₽ from 2026-01, 45,00 ₽ from mid-March: a March invoice takes the March price.
  tariffId = (await makeTariff(t.db, org.orgId, of, { buildingId: lenina.buildingId, name: "Холодная вода", zones: 1 }, { validFrom: "2026-01-01", price1E4: 421_234n })).id;
  await makeTariff(t.db, org.orgId, of, { buildingId: lenina.buildingId, name: "Электроэнергия", zones: 2, unit: "кВт·ч" }, { validFrom: "2026-01-01", price1E4: 60_000n, price2E4: 20_000n });
  commonTariffId = (await makeTariff(t.db, org.orgId, of, { buildingId: lenina.buildingId, name: "Содержание", type: "housing", method: "area", commonEnabled: true }, { validFrom: "2026-01-01", price1E4: 250_000n })).id;
  insuranceTariffId = (await makeTariff(t.db, org.orgId, of, { buildingId: lenina.buildingId, name: "Страхование", type: "insurance" })).id;
});
afterAll(() => t.close());

const draftFor = (ctx: StaffContext, place: Place, extra: Record<string, unknown> = {}) =>
  createInvoice(ctx, invoiceCreateSchema.parse({ isActual: true, pdfType: "generated", type: "utilities", month: "3", year: "2026", ...place, ...extra }));

const line = (values: Record<string, unknown>) => ({
  id: null,
  tariffId,
  kind: "service",
  prices: ["42,1234"],
  quantities: ["12,345"],
  openingDebt: "0",
  recalculation: "0",
  recalculationReason: "",
  benefit: "0",
  penalty: "0",
  paid: "0",
  ...values,
});
const save = (ctx: StaffContext, invoiceId: string, lines: Record<string, unknown>[]) => saveInvoiceLines(ctx, invoiceLinesSaveSchema.parse({ invoiceId, lines }));
const linesOf = (invoiceId: string) => t.db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(invoiceLines.position);
const invoiceRow = async (id: string) => (await t.db.select().from(invoices).where(eq(invoices.id, id)))[0];

describe("«Новый счёт»", () => {
  it("creates an empty draft for the account, type and month, with an audit row", async () => {
    const invoice = await draftFor(org.director, lenina, { month: "1" });
    expect(invoice).toMatchObject({ status: "draft", period: "2026-01", type: "utilities", accountId: lenina.accountId, buildingId: lenina.buildingId, totalKopecks: 0n });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, invoice.id));
    expect(audit.map((a) => a.action)).toEqual(["invoice.created"]);
  });

  it("refuses a second actual invoice for the same account, type and period, naming the one there", async () => {
    await draftFor(org.director, lenina, { month: "2" });
    const error = await draftFor(org.director, lenina, { month: "2" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Актуальный счёт за этот период уже есть: ЖКУ за февраль 2026, лицевой счёт 7700012") });
    // Not actual, or another type: allowed.
    await expect(draftFor(org.director, lenina, { month: "2", isActual: false })).resolves.toMatchObject({ isActual: false });
    await expect(draftFor(org.director, lenina, { month: "2", type: "insurance" })).resolves.toMatchObject({ type: "insurance" });
  });

  it("refuses a premise outside the employee's buildings", async () => {
    const scoped = { ...org.director, buildingIds: [lenina.buildingId] };
    await expect(draftFor(scoped, sadovaya, { month: "10" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(draftFor(scoped, lenina, { month: "10" })).resolves.toMatchObject({ buildingId: lenina.buildingId });
  });

  it("refuses a premise of another building, an account of another premise and another organisation's ids", async () => {
    await expect(draftFor(org.director, { ...lenina, buildingId: sadovaya.buildingId })).rejects.toMatchObject({ fieldErrors: { premiseId: ["Помещение находится в другом объекте"] } });
    await expect(draftFor(org.director, { ...lenina, accountId: sadovaya.accountId })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(draftFor(org.director, foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the services table", () => {
  it("prices a new line from the tariff and recomputes accrued and totals on the server", async () => {
    const invoice = await draftFor(org.director, lenina, { month: "4" });
    // 12,345 × 42,1234 = 520,0133… → 520,01; + 100 debt + (−15,5) recalculation − 20 benefit + 3,15 penalty − 50 paid.
    await save(org.director, invoice.id, [line({ openingDebt: "100", recalculation: "-15,5", recalculationReason: "Не было воды 3 дня", benefit: "20", penalty: "3,15", paid: "50" })]);
    const [saved] = await linesOf(invoice.id);
    expect(saved).toMatchObject({ serviceName: "Холодная вода", tariffId, qty1Milli: 12_345n, price1E4: 421_234n, accruedKopecks: 52_001n, totalKopecks: 52_001n + 10_000n - 1_550n - 2_000n + 315n - 5_000n });
    expect(saved?.tariff).toMatchObject({ name: "Холодная вода", validFrom: "2026-01-01", pricesE4: ["421234"] });
    expect(await invoiceRow(invoice.id)).toMatchObject({ accruedKopecks: 52_001n, totalKopecks: saved?.totalKopecks });

    // Editing the line keeps it (same id) and recomputes; a second, two-zone line and an ОДН line are added.
    await save(org.director, invoice.id, [
      line({ id: saved?.id, tariffId: null, quantities: ["1"], prices: ["100"] }),
      line({ tariffId: commonTariffId, kind: "common", prices: ["25"], quantities: ["0,5"] }),
    ]);
    const after = await linesOf(invoice.id);
    expect(after.map((l) => [l.id === saved?.id, l.serviceName, l.accruedKopecks, l.totalKopecks])).toEqual([
      [true, "Холодная вода", 10_000n, 10_000n],
      [false, "Содержание (ОДН)", 1_250n, 1_250n],
    ]);
    expect((await invoiceRow(invoice.id))?.totalKopecks).toBe(11_250n);

    // A row left out is deleted.
    await save(org.director, invoice.id, [line({ id: saved?.id, tariffId: null, quantities: ["2"], prices: ["100"] })]);
    expect((await linesOf(invoice.id)).length).toBe(1);
    expect((await invoiceRow(invoice.id))?.totalKopecks).toBe(20_000n);
  });

  it("refuses services the invoice type may not carry, ОДН where it is off, wrong zones and another invoice's line", async () => {
    const invoice = await draftFor(org.director, lenina, { month: "5" });
    await expect(save(org.director, invoice.id, [line({ tariffId: insuranceTariffId })])).rejects.toMatchObject({ fieldErrors: { "lines.0.tariffId": [expect.any(String)] } });
    await expect(save(org.director, invoice.id, [line({ kind: "common" })])).rejects.toMatchObject({ fieldErrors: { "lines.0.kind": ["Для этой услуги ОДН не включён"] } });
    await expect(save(org.director, invoice.id, [line({ prices: ["1", "2"], quantities: ["1", "1"] })])).rejects.toMatchObject({ code: "VALIDATION" });
    const otherInvoice = await draftFor(org.director, lenina, { month: "6" });
    await save(org.director, otherInvoice.id, [line({})]);
    const [foreignLine] = await linesOf(otherInvoice.id);
    await expect(save(org.director, invoice.id, [line({ id: foreignLine?.id })])).rejects.toMatchObject({ fieldErrors: { "lines.0.id": [expect.any(String)] } });
  });

  it("refuses to edit an issued invoice, its lines and its main data", async () => {
    const invoice = await draftFor(org.director, lenina, { month: "7" });
    await save(org.director, invoice.id, [line({})]);
    await issueInvoices(org.director, { invoiceIds: [invoice.id] });
    const message = "Выставленный счёт не редактируется — аннулируйте его или сделайте перерасчёт в следующем периоде";
    await expect(save(org.director, invoice.id, [])).rejects.toMatchObject({ code: "CONFLICT", message });
    await expect(updateInvoice(org.director, invoiceUpdateSchema.parse({ id: invoice.id, isActual: false, pdfType: "none" }))).rejects.toMatchObject({ message });
    expect((await linesOf(invoice.id)).length).toBe(1);
  });

  it("answers another organisation's invoice as not found", async () => {
    const invoice = await makeInvoice(t.db, other.orgId, { ...foreign, period: "2026-03" });
    await expect(save(org.director, invoice.id, [])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("«Счета» list", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    const [group] = await saveDirectoryEntry(org.director, { kind: "group", name: "Север" }).then((r) => [r]);
    await t.db.update(buildings).set({ groupId: group?.id }).where(eq(buildings.id, sadovaya.buildingId));
    const s1 = await makeInvoice(t.db, org.orgId, { ...sadovaya, period: "2025-11" }, [{ qty1Milli: 1000n, price1E4: 10_000_000n }]);
    const s2 = await makeInvoice(t.db, org.orgId, { ...sadovaya, period: "2025-12", type: "capital_repair", status: "issued" });
    const s3 = await makeInvoice(t.db, org.orgId, { ...sadovaya, period: "2026-11" });
    await t.db.update(invoices).set({ pdfType: "uploaded" }).where(eq(invoices.id, s3.id));
    ids = { s1: s1.id, s2: s2.id, s3: s3.id };
  });
  const list = async (ctx: StaffContext, query: Record<string, string>) => (await listInvoices(ctx, parseListParams(query), invoiceFiltersFrom(query))).rows.map((r) => r.id);

  it("filters by building, group, type, status, month, year and receipt", async () => {
    expect(await list(org.director, { building: sadovaya.buildingId })).toEqual([ids.s3, ids.s2, ids.s1]);
    expect((await list(org.director, { group: (await t.db.select().from(buildings).where(eq(buildings.id, sadovaya.buildingId)))[0]!.groupId! })).sort()).toEqual([ids.s1, ids.s2, ids.s3].sort());
    expect(await list(org.director, { building: sadovaya.buildingId, type: "capital_repair" })).toEqual([ids.s2]);
    expect(await list(org.director, { building: sadovaya.buildingId, status: "issued" })).toEqual([ids.s2]);
    expect(await list(org.director, { building: sadovaya.buildingId, year: "2025" })).toEqual([ids.s2, ids.s1]);
    expect(await list(org.director, { building: sadovaya.buildingId, month: "11" })).toEqual([ids.s3, ids.s1]);
    expect(await list(org.director, { building: sadovaya.buildingId, month: "11", year: "2025" })).toEqual([ids.s1]);
    expect(await list(org.director, { building: sadovaya.buildingId, pdf: "missing" })).toEqual([ids.s3]);
    expect(await list(org.director, { building: sadovaya.buildingId, pdfType: "generated" })).toEqual([ids.s2, ids.s1]);
    const byAmount = await list(org.director, { premise: sadovaya.premiseId, sort: "amount", dir: "desc" });
    expect(byAmount[0]).toBe(ids.s1);
    expect(byAmount.length).toBe(3);
  });

  it("searches by account number and address", async () => {
    expect((await list(org.director, { q: "7700003" })).sort()).toEqual([ids.s1, ids.s2, ids.s3].sort());
    expect((await list(org.director, { q: "Садовая 5 3" })).sort()).toEqual([ids.s1, ids.s2, ids.s3].sort());
    expect(await list(org.director, { q: "9900001" })).toEqual([]);
  });

  it("shows an employee only the invoices of their buildings", async () => {
    const scoped = { ...org.director, buildingIds: [lenina.buildingId] };
    const seen = await list(scoped, { size: "100" });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).not.toContain(ids.s1);
    expect(await list(scoped, { building: sadovaya.buildingId })).toEqual([]);
    expect(await list({ ...org.director, buildingIds: [] }, {})).toEqual([]);
  });

  it("exports exactly the filtered rows", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const plan = exportKinds.invoices.open(org.director, { building: sadovaya.buildingId, year: "2025" });
    expect(await plan.count(t.db)).toMatchObject({ count: 2, exact: true });
    await plan.write(out, { sheetName: "Счета", timeZone: "Europe/Moscow", about: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(["Статус", "Актуальный", "Тип счёта", "Адрес", "Лицевой счёт", "Период", "Начислено, ₽", "К оплате, ₽", "Квитанция", "Выставлен"]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[4], r[5], r[7]])).toEqual([
      ["Выставлен", "Капитальный ремонт", "7700003", "декабрь 2025", 500],
      ["Черновик", "ЖКУ", "7700003", "ноябрь 2025", 1000],
    ]);
  });
});

describe("an uploaded receipt", () => {
  const pdf = (text = "%PDF-1.4\n%квитанция\n") => new File([text], "квитанция март.pdf", { type: "application/pdf" });

  it("takes a PDF for an invoice with receipts «Загружен», by its bytes, and gives it back", async () => {
    const invoice = await draftFor(org.director, lenina, { month: "8", pdfType: "uploaded" });
    await expect(uploadInvoicePdf(org.director, invoice.id, new File(["<html>не pdf</html>"], "счёт.pdf", { type: "application/pdf" }))).rejects.toMatchObject({ message: "Загрузите файл PDF" });
    await expect(uploadInvoicePdf(org.director, invoice.id, pdf())).resolves.toEqual({ fileName: "квитанция март.pdf" });
    const file = await readInvoicePdf(org.director, invoice.id);
    expect(file.bytes.toString("utf8")).toContain("%PDF-1.4");
    await expect(readInvoicePdf(other.director, invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a file for an invoice whose receipt is ours or none", async () => {
    const invoice = await draftFor(org.director, lenina, { month: "9", pdfType: "generated" });
    await expect(uploadInvoicePdf(org.director, invoice.id, pdf())).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(readInvoicePdf(org.director, invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
