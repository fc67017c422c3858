import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePaymentQr } from "@/lib/billing/receipts/payment-qr";
import { loadReceiptData } from "@/lib/billing/receipts/receipt-data";
import { receiptQrPayloads, renderReceiptsPdf } from "@/lib/billing/receipts/render-receipt";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { seedReceipt } from "@/tests/support/receipt-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let seeded: Awaited<ReturnType<typeof seedReceipt>>;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Квитанционная");
  b = await createOrg(t.db, "Чужая");
  const house = await makeBuilding(a, "ул. Ленина", "5", "Москва");
  seeded = await seedReceipt(t.db, a.orgId, house.id);
});
afterAll(() => t.close());

/** Every QR found on the PDF's first page, read from a 200 dpi render as a phone camera would. */
function qrCodesOf(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "receipt-"));
  writeFileSync(path.join(dir, "r.pdf"), pdf);
  execFileSync("pdftoppm", ["-r", "200", "-png", "-f", "1", "-l", "1", path.join(dir, "r.pdf"), path.join(dir, "page")]);
  const png = PNG.sync.read(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.endsWith(".png"))!)));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return found ? [Buffer.from(found.binaryData).toString("utf8")] : [];
}

const pdfText = (pdf: Buffer) => execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8");

describe("the ЕПД's data", () => {
  it("gathers payer, provider, payee, meters, services and money of an invoice", async () => {
    const [data] = await loadReceiptData(t.db, a.orgId, [seeded.invoice.id]);
    expect(data).toMatchObject({
      accountNumber: seeded.account.number,
      period: "2026-03",
      paymentDocumentId: "77АБ123456-01-6031",
      payer: { name: "Иванов Иван", address: "Москва, ул. Ленина, д. 5, кв. 12" },
      areas: { total: "54.30", living: "38.10" },
      registeredResidents: 2,
      penaltiesOneLine: false,
    });
    expect(data!.payees).toEqual([expect.objectContaining({ name: 'ТСЖ "Пример"', bic: "044525225", settlementAccount: "40703810500000000001", dueKopecks: seeded.invoice.totalKopecks })]);
    expect(data!.meters).toEqual([{ resource: "cold_water", serialNumber: "ХВ-12", zone: "single", previous: 120_250n, current: 124_750n }]);
    expect(data!.lines.map((l) => [l.serviceName, l.kind])).toEqual([
      ["Холодное водоснабжение", "service"],
      ["Холодное водоснабжение", "common"],
      ["Горячее водоснабжение", "service"],
      ["Горячее водоснабжение", "common"],
      ["Содержание жилого помещения", "service"],
      ["Отопление", "service"],
      ["Вывоз ТКО", "service"],
    ]);
    expect(data!.lines.at(-1)!.shownInCabinet).toBe(false);
    expect(data!.money.totalKopecks).toBe(seeded.invoice.totalKopecks);
  });

  it("gives nothing for another organisation's invoice", async () => {
    expect(await loadReceiptData(t.db, b.orgId, [seeded.invoice.id])).toEqual([]);
  });
});

describe("the ЕПД PDF", () => {
  it("prints the key texts and a QR that decodes to the payment payload with the amount due", async () => {
    const [data] = await loadReceiptData(t.db, a.orgId, [seeded.invoice.id]);
    const pdf = await renderReceiptsPdf([data!]);
    writeFileSync(path.join(tmpdir(), "receipt-sample.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const expected of ["ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ", seeded.account.number, "77АБ123456-01-6031", "Иванов Иван", "ПАО СБЕРБАНК", "40703810500000000001", "(ОДН)", "ХВ-12", "124,75", "Перерасчёт по показаниям ОДПУ за февраль", "ИТОГО К ОПЛАТЕ"]) {
      expect(text).toContain(expected);
    }
    const [payload] = receiptQrPayloads(data!);
    expect(qrCodesOf(pdf)).toEqual([payload]);
    const fields = parsePaymentQr(payload!)!;
    expect(fields.get("sum")).toBe(seeded.invoice.totalKopecks.toString());
    expect(fields.get("persacc")).toBe(seeded.account.number);
    expect(fields.get("paymperiod")).toBe("032026");
  });
});
