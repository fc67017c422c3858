import { describe, expect, it } from "vitest";
import {
  accruedKopecks,
  divideHalfUp,
  formatPriceE4,
  formatQuantityMilli,
  includedVatKopecks,
  invoiceMoney,
  lineTotalKopecks,
  parsePriceE4,
} from "@/lib/billing/line-arithmetic";

const line = (over: Partial<Parameters<typeof lineTotalKopecks>[0]> = {}) => ({
  accruedKopecks: 0n,
  openingDebtKopecks: 0n,
  recalculationKopecks: 0n,
  benefitKopecks: 0n,
  penaltyKopecks: 0n,
  paidKopecks: 0n,
  ...over,
});

describe("line arithmetic", () => {
  it("rounds half up, away from zero, as accountants do", () => {
    expect(divideHalfUp(25n, 10n)).toBe(3n);
    expect(divideHalfUp(24n, 10n)).toBe(2n);
    expect(divideHalfUp(-25n, 10n)).toBe(-3n);
    expect(divideHalfUp(-24n, 10n)).toBe(-2n);
  });

  it("prices a quantity to the kopeck: 12,345 m³ × 42,1234 ₽ = 520,01 ₽", () => {
    expect(accruedKopecks([{ qtyMilli: 12_345n, priceE4: 421_234n }])).toBe(52_001n);
  });

  it("adds the zones of a two-zone tariff exactly and rounds once, not per zone", () => {
    // Day 0,5 kWh × 6,0080 ₽ = 3,0040 ₽ and night 0,5 kWh × 2,0080 ₽ = 1,0040 ₽: 4,008 ₽ is 4,01 ₽; rounding each zone
    // first would give 3,00 + 1,00 = 4,00 ₽.
    expect(accruedKopecks([{ qtyMilli: 500n, priceE4: 60_080n }, { qtyMilli: 500n, priceE4: 20_080n }])).toBe(401n);
    expect(accruedKopecks([{ qtyMilli: 500n, priceE4: 60_080n }]) + accruedKopecks([{ qtyMilli: 500n, priceE4: 20_080n }])).toBe(400n);
  });

  it("finds the VAT inside a price that includes 22 %", () => {
    expect(includedVatKopecks(12_200n, 22)).toBe(2_200n);
    expect(includedVatKopecks(100n, 22)).toBe(18n);
  });

  it("makes a line's total from accrued, debt, recalculation, benefit, penalties and paid", () => {
    expect(lineTotalKopecks(line({ accruedKopecks: 10_000n, openingDebtKopecks: 500n, recalculationKopecks: -300n, benefitKopecks: 1_000n, penaltyKopecks: 45n, paidKopecks: 2_000n }))).toBe(7_245n);
  });

  it("sums an invoice from its lines on top of the opening balance", () => {
    const money = invoiceMoney([line({ accruedKopecks: 10_000n }), line({ accruedKopecks: 2_500n, benefitKopecks: 500n })], 1_234n);
    expect(money).toMatchObject({ accruedKopecks: 12_500n, benefitKopecks: 500n, openingBalanceKopecks: 1_234n, totalKopecks: 13_234n });
  });

  it("reads prices with at most four decimals and writes them back for people", () => {
    expect(parsePriceE4("42,1234")).toBe(421_234n);
    expect(parsePriceE4("1 042.5")).toBe(10_425_000n);
    expect(parsePriceE4("42,12345")).toBeNull();
    expect(parsePriceE4("сорок")).toBeNull();
    expect([421_234n, 420_000n, 421_000n, 421_200n].map(formatPriceE4)).toEqual(["42,1234", "42,00", "42,10", "42,12"]);
    expect([12_500n, 12_000n, 0n, 5n].map(formatQuantityMilli)).toEqual(["12,5", "12", "0", "0,005"]);
  });
});
