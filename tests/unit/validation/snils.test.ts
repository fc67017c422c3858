import { describe, it, expect } from "vitest";

import { formatSnils, isValidSnils, normalizeSnils, snilsControlNumber } from "@/lib/validation/snils";

describe("isValidSnils", () => {
  it("accepts a valid СНИЛС in any common spelling", () => {
    expect(isValidSnils("112-233-445 95")).toBe(true);
    expect(isValidSnils("11223344595")).toBe(true);
    expect(isValidSnils("112 233 445 95")).toBe(true);
    expect(isValidSnils("112-233-445-95")).toBe(true);
  });

  it("rejects a wrong control number", () => {
    expect(isValidSnils("112-233-445 96")).toBe(false);
  });

  it("rejects wrong lengths and foreign characters", () => {
    expect(isValidSnils("112-233-445 9")).toBe(false);
    expect(isValidSnils("112-233-445 955")).toBe(false);
    expect(isValidSnils("112.233.445 95")).toBe(false);
    expect(isValidSnils("")).toBe(false);
  });

  it("does not check the control number up to 001-001-998", () => {
    expect(isValidSnils("001-001-998 00")).toBe(true);
    expect(isValidSnils("001-001-999 00")).toBe(false);
    expect(isValidSnils("001-001-999 65")).toBe(true);
  });
});

describe("snilsControlNumber", () => {
  it("uses the sum itself below 100", () => {
    expect(snilsControlNumber("100000000")).toBe(9);
  });

  it("maps sums of 100 and 101 to 0", () => {
    expect(snilsControlNumber("920000003")).toBe(0); // 81 + 16 + 3 = 100
    expect(snilsControlNumber("920000004")).toBe(0); // 101
  });

  it("takes the sum mod 101 above 101, mapping a remainder of 100 to 0", () => {
    expect(snilsControlNumber("123456789")).toBe(64); // 165 mod 101
    expect(snilsControlNumber("087654303")).toBe(0); // 202 mod 101 = 0
    expect(snilsControlNumber("996000006")).toBe(0); // 201 mod 101 = 100 → 0
  });
});

describe("normalizeSnils / formatSnils", () => {
  it("round-trips between display and storage forms", () => {
    expect(normalizeSnils(" 112-233-445 95 ")).toBe("11223344595");
    expect(formatSnils("11223344595")).toBe("112-233-445 95");
  });
});
