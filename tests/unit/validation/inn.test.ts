import { describe, it, expect } from "vitest";

import { isValidInn, isValidLegalInn, isValidPersonalInn } from "@/lib/validation/inn";

describe("isValidInn", () => {
  it("accepts a real 10-digit legal-entity ИНН (Сбербанк)", () => {
    expect(isValidInn("7707083893")).toBe(true);
    expect(isValidLegalInn("7707083893")).toBe(true);
  });

  it("accepts a real 12-digit individual ИНН", () => {
    expect(isValidInn("500100732259")).toBe(true);
    expect(isValidPersonalInn("500100732259")).toBe(true);
  });

  it("rejects a wrong control digit", () => {
    expect(isValidInn("7707083894")).toBe(false);
    expect(isValidInn("500100732258")).toBe(false); // second control digit wrong
    expect(isValidInn("500100732269")).toBe(false); // first control digit wrong
  });

  it("rejects wrong lengths and non-digits", () => {
    expect(isValidInn("")).toBe(false);
    expect(isValidInn("770708389")).toBe(false);
    expect(isValidInn("77070838931")).toBe(false);
    expect(isValidInn("770708389a")).toBe(false);
    expect(isValidInn(" 7707083893")).toBe(false);
  });

  it("keeps the 10- and 12-digit variants apart", () => {
    expect(isValidLegalInn("500100732259")).toBe(false);
    expect(isValidPersonalInn("7707083893")).toBe(false);
  });
});
