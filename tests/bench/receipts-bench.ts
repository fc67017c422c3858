import { Writable } from "node:stream";
import { Document, Page, Path, Svg, Text, renderToBuffer } from "@react-pdf/renderer";
import { eq, sql } from "drizzle-orm";
import { createElement as h } from "react";
import type { Db } from "@/db/client";
import { invoices } from "@/db/schema";
import { receiptsBatchPlan } from "@/lib/billing/receipts/receipts-batch";
import { loadReceiptData } from "@/lib/billing/receipts/receipt-data";
import { renderReceiptsPdf } from "@/lib/billing/receipts/render-receipt";
import { buildPaymentQr, paymentQrPath } from "@/lib/billing/receipts/payment-qr";
import { seedReceipt } from "@/tests/support/receipt-fixtures";
import { benchOrg, insertFlats } from "./bench-org";
import { seconds, withRssSampling } from "./memory";

const FLATS = 1_000;
const SINGLE = 100;
const PERIOD = "2026-03";

/**
 * A building of 1,000 flats, each with an owner, a cold-water meter with two readings and an issued ЖКУ invoice of
 * seven lines: one invoice made by the receipts' fixture, then copied to every flat in set-based SQL.
 */
async function seedBuilding(db: Db) {
  const org = await benchOrg(db, 1);
  const buildingId = org.buildings[0]!.id;
  const template = await seedReceipt(db, org.orgId, buildingId, "0", { period: PERIOD });
  await insertFlats(db, org.orgId, FLATS);
  await db.execute(sql`
    with flats as (select p.id, p.org_id, gen_random_uuid() as client_id, row_number() over (order by p.id) as n from premises p where p.building_id = ${buildingId} and p.id <> ${template.premise.id}),
    owners as (insert into clients (id, org_id, last_name, first_name, middle_name, search_text) select client_id, org_id, 'Житель' || n, 'Иван', 'Петрович', 'житель' from flats returning id)
    insert into premise_clients (org_id, premise_id, client_id, basis) select org_id, id, client_id, 'owner' from flats`);
  await db.execute(sql`
    insert into meters (org_id, building_id, premise_id, resource, serial_number, serial_key)
    select org_id, building_id, id, 'cold_water', 'ХВ-' || number, 'ХВ' || number from premises where building_id = ${buildingId} and id <> ${template.premise.id}`);
  await db.execute(sql`
    insert into meter_readings (org_id, meter_id, period, value_milli, source, author_type, author_name)
    select m.org_id, m.id, p.period, p.value, 'staff', 'system', 'Бенчмарк' from meters m
    cross join (values ('2026-02', 120250::bigint), (${PERIOD}, 124750::bigint)) p(period, value)
    where m.building_id = ${buildingId} and m.premise_id <> ${template.premise.id}`);
  await db.execute(sql`
    with copies as (
      insert into invoices (org_id, building_id, premise_id, account_id, type, period, status, is_actual, payment_document_id, due_date, opening_balance_kopecks,
        accrued_kopecks, recalculation_kopecks, benefit_kopecks, penalty_kopecks, paid_kopecks, total_kopecks, issued_at)
      select t.org_id, t.building_id, a.premise_id, a.id, t.type, t.period, t.status, t.is_actual, t.payment_document_id, t.due_date, t.opening_balance_kopecks,
        t.accrued_kopecks, t.recalculation_kopecks, t.benefit_kopecks, t.penalty_kopecks, t.paid_kopecks, t.total_kopecks, t.issued_at
      from invoices t cross join personal_accounts a join premises p on p.id = a.premise_id
      where t.id = ${template.invoice.id} and p.building_id = ${buildingId} and p.id <> ${template.premise.id}
      returning id)
    insert into invoice_lines (org_id, invoice_id, tariff_id, kind, position, service_name, unit, tariff, qty1_milli, price1_e4, accrued_kopecks,
      opening_debt_kopecks, recalculation_kopecks, recalculation_reason, benefit_kopecks, penalty_kopecks, paid_kopecks, total_kopecks)
    select l.org_id, c.id, l.tariff_id, l.kind, l.position, l.service_name, l.unit, l.tariff, l.qty1_milli, l.price1_e4, l.accrued_kopecks,
      l.opening_debt_kopecks, l.recalculation_kopecks, l.recalculation_reason, l.benefit_kopecks, l.penalty_kopecks, l.paid_kopecks, l.total_kopecks
    from copies c cross join invoice_lines l where l.invoice_id = ${template.invoice.id}`);
  await db.execute(sql`analyze`);
  const ids = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.buildingId, buildingId)).orderBy(invoices.id).limit(SINGLE);
  return { org, buildingId, invoiceIds: ids.map((r) => r.id) };
}

/** The yardstick: one A4 page of forty plain text lines and the same vector QR, in the receipt's font. */
async function renderReference(qr: { size: number; path: string }) {
  const lines = Array.from({ length: 40 }, (_, i) => h(Text, { key: i }, `Строка ${i + 1}: справочный документ для сравнения скорости`));
  const code = h(Svg, { viewBox: `0 0 ${qr.size} ${qr.size}`, style: { width: 100, height: 100 } }, h(Path, { d: qr.path, fill: "#000000" }));
  return renderToBuffer(h(Document, null, h(Page, { size: "A4", style: { padding: 24, fontFamily: "DejaVu", fontSize: 9 } }, ...lines, code)));
}

/** A sink that keeps only the byte count, so the batch's memory is the renderer's, not the file's. */
function countingSink() {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
}

/**
 * Issue #10: receipts per second on one core (each: its data loaded, QR drawn, PDF rendered) beside a one-page
 * reference document in the same run; and the building's 1,000-receipt batch PDF through the export job's writer,
 * time and peak RSS. Goal ≥ 20 receipts/s, reported, never asserted.
 */
export async function receiptsBench(db: Db) {
  const started = performance.now();
  const { org, buildingId, invoiceIds } = await seedBuilding(db);
  const seedSeconds = seconds(started);
  const qr = paymentQrPath(buildPaymentQr({ name: "ТСЖ", personalAcc: "40703810500000000001", bankName: "ПАО СБЕРБАНК", bic: "044525225", correspAcc: "30101810400000000225", sumKopecks: 798_998n }));

  // Warm-up: the first render loads fonts and yoga, and V8 optimises the layout code over the first few dozen pages;
  // steady state is what a batch or a busy server sees.
  const warm = await loadReceiptData(db, org.orgId, [invoiceIds[0]!]);
  for (let i = 0; i < 30; i++) {
    await renderReceiptsPdf(warm);
    await renderReference(qr);
  }

  const receiptStart = performance.now();
  for (const id of invoiceIds) await renderReceiptsPdf(await loadReceiptData(db, org.orgId, [id]));
  const receiptMs = (performance.now() - receiptStart) / invoiceIds.length;

  // The same receipts with their data already loaded (as the batch has it): the renderer's own share.
  const loaded = await loadReceiptData(db, org.orgId, invoiceIds);
  const renderStart = performance.now();
  for (const data of loaded) await renderReceiptsPdf([data]);
  const renderMs = (performance.now() - renderStart) / loaded.length;

  const referenceStart = performance.now();
  for (let i = 0; i < invoiceIds.length; i++) await renderReference(qr);
  const referenceMs = (performance.now() - referenceStart) / invoiceIds.length;

  const { sink, bytes } = countingSink();
  // What the process holds before the batch (the embedded database, the warmed renderer), to read the batch's share.
  const rssBeforeBatchMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const batchStart = performance.now();
  const { result, sampledPeakMb } = await withRssSampling(() => receiptsBatchPlan(org.director, { buildingId, period: PERIOD }).write(sink, {}));
  return {
    seedSeconds,
    receiptMs: Math.round(receiptMs * 10) / 10,
    receiptsPerSecond: Math.round(10_000 / receiptMs) / 10,
    referenceMs: Math.round(referenceMs * 10) / 10,
    renderOnlyMs: Math.round(renderMs * 10) / 10,
    renderOnlyPerSecond: Math.round(10_000 / renderMs) / 10,
    receiptToReference: Math.round((renderMs / referenceMs) * 100) / 100,
    batchReceipts: result.written,
    batchSeconds: seconds(batchStart),
    batchMb: Math.round(bytes() / 1024 / 102.4) / 10,
    rssBeforeBatchMb,
    batchSampledPeakRssMb: sampledPeakMb,
  };
}
