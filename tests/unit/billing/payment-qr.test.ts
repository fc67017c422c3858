import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import QRCode from "qrcode";
import { buildPaymentQr, parsePaymentQr, paymentPurpose, paymentQrPath, qrOptions, qrSegments, type PaymentQrInput } from "@/lib/billing/receipts/payment-qr";

const example: PaymentQrInput = {
  name: 'ТСЖ "Пример"',
  personalAcc: "40703810500000000001",
  bankName: "ПАО СБЕРБАНК",
  bic: "044525225",
  correspAcc: "30101810400000000225",
  payeeInn: "7701000001",
  kpp: "770101001",
  sumKopecks: 345678n,
  purpose: paymentPurpose("ЖКУ", "2026-03", "1234567"),
  persAcc: "1234567",
  period: "2026-03",
  lastName: "Иванов",
};

/** Decodes a PNG the way a banking app reads the printed square. */
function decode(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!found) return null;
  // jsQR gives the raw bytes; the payload is UTF-8 as the header's «2» says.
  return Buffer.from(found.binaryData).toString("utf8");
}

describe("the payment QR payload (ГОСТ Р 56042-2014)", () => {
  it("is exactly DOMAIN.md's example", () => {
    expect(buildPaymentQr(example)).toBe(
      'ST00012|Name=ТСЖ "Пример"|PersonalAcc=40703810500000000001|BankName=ПАО СБЕРБАНК|BIC=044525225|CorrespAcc=30101810400000000225|PayeeINN=7701000001|KPP=770101001|Sum=345678|Purpose=Оплата ЖКУ за 03.2026, ЛС 1234567|PersAcc=1234567|PaymPeriod=032026|LastName=Иванов|TechCode=02',
    );
  });

  it("puts the five required keys first and in the standard's order, whatever is filled", () => {
    const keys = [...parsePaymentQr(buildPaymentQr({ ...example, payeeInn: null, firstName: "Иван", payerAddress: "г. Москва" }))!.keys()];
    expect(keys.slice(0, 5)).toEqual(["name", "personalacc", "bankname", "bic", "correspacc"]);
    expect(keys.slice(5)).toEqual(["kpp", "sum", "purpose", "persacc", "paymperiod", "lastname", "firstname", "payeraddress", "techcode"]);
  });

  it("never lets the separator into a value and cuts values to their limits", () => {
    const payload = buildPaymentQr({ ...example, name: `ТСЖ "Дом 5|7" ${"а".repeat(200)}`, purpose: "x".repeat(300), payerAddress: "ул. Ленина,\n д. 1" });
    const fields = parsePaymentQr(payload)!;
    expect(payload.split("|")).toHaveLength(15);
    expect(fields.get("name")).toMatch(/^ТСЖ "Дом 5\/7" а+$/);
    expect(fields.get("name")).toHaveLength(160);
    expect(fields.get("purpose")).toHaveLength(210);
    expect(fields.get("payeraddress")).toBe("ул. Ленина, д. 1");
  });

  it("leaves Sum out when nothing is due, and refuses a payee without its bank", () => {
    expect(parsePaymentQr(buildPaymentQr({ ...example, sumKopecks: -500n }))!.has("sum")).toBe(false);
    expect(() => buildPaymentQr({ ...example, bic: "" })).toThrow(/BIC/);
  });

  it("reads keys case-insensitively, as real receipts write them", () => {
    const fields = parsePaymentQr("ST00012|Name=УК|persAcc=77|paymPeriod=0326");
    expect(fields?.get("persacc")).toBe("77");
    expect(fields?.get("paymperiod")).toBe("0326");
    expect(parsePaymentQr("hello")).toBeNull();
  });

  it("decodes from the rendered image back to the same payload", async () => {
    const payload = buildPaymentQr({ ...example, payerAddress: "г. Москва, ул. Ленина, д. 1, кв. 12", firstName: "Иван", middleName: "Петрович" });
    expect(decode(await QRCode.toBuffer(qrSegments(payload), { ...qrOptions, margin: 4, scale: 4 }))).toBe(payload);
  });

  it("draws the receipt's vector QR from the same modules, a quiet zone around them", () => {
    const payload = buildPaymentQr(example);
    const { modules } = QRCode.create(qrSegments(payload), qrOptions);
    const { size, path } = paymentQrPath(payload);
    expect(size).toBe(modules.size + 8);
    // Every dark module is inside exactly one run of its row: the runs' widths add up to the dark modules.
    const width = [...path.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(width).toBe([...modules.data].filter(Boolean).length);
    expect(path.startsWith("M4 4h7v1h-7z")).toBe(true);
  });
});
