import { describe, expect, it } from "vitest";
import { priceOn, zonePricesText, type TariffPrice } from "@/lib/billing/tariffs/tariff-price-history";

const price = (validFrom: string, price1E4: bigint, extra: Partial<TariffPrice> = {}): TariffPrice => ({
  id: validFrom,
  orgId: "o",
  tariffId: "t",
  validFrom,
  price1E4,
  price2E4: null,
  price3E4: null,
  normMilli: null,
  commonNormMilli: null,
  createdAt: new Date(0),
  ...extra,
});

describe("the price in force", () => {
  const history = [price("2026-01-01", 421500n), price("2026-07-01", 450000n), price("2027-01-01", 470000n)];

  it("is the latest price from the date or before, in any order of rows", () => {
    expect(priceOn(history, "2026-06-30")).toEqual({ price: history[0], upcoming: false });
    expect(priceOn([...history].reverse(), "2026-07-01")).toEqual({ price: history[1], upcoming: false });
    expect(priceOn(history, "2030-01-01")?.price.validFrom).toBe("2027-01-01");
  });

  it("before the first price is the first one, marked as coming; none without prices", () => {
    expect(priceOn(history, "2025-12-31")).toEqual({ price: history[0], upcoming: true });
    expect(priceOn([], "2026-01-01")).toBeNull();
  });

  it("shows one zone as a price and zoned electricity per zone", () => {
    expect(zonePricesText(price("2026-01-01", 421234n), 1)).toBe("42,1234");
    expect(zonePricesText(price("2026-01-01", 75000n, { price2E4: 21000n }), 2)).toBe("Т1 7,50 · Т2 2,10");
  });
});
