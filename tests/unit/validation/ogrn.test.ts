import { describe, it, expect } from "vitest";

import { isValidOgrn, isValidOgrnip } from "@/lib/validation/ogrn";

describe("isValidOgrn", () => {
  it("accepts a real ОГРН (Сбербанк)", () => {
    expect(isValidOgrn("1027700132195")).toBe(true);
  });

  it("rejects a wrong control digit", () => {
    expect(isValidOgrn("1027700132196")).toBe(false);
  });

  it("rejects wrong lengths and non-digits", () => {
    expect(isValidOgrn("102770013219")).toBe(false);
    expect(isValidOgrn("304500116000157")).toBe(false);
    expect(isValidOgrn("102770013219x")).toBe(false);
  });
});

describe("isValidOgrnip", () => {
  it("accepts a valid ОГРНИП", () => {
    expect(isValidOgrnip("304500116000157")).toBe(true);
  });

  it("rejects a wrong control digit, wrong length and an ОГРН", () => {
    expect(isValidOgrnip("304500116000158")).toBe(false);
    expect(isValidOgrnip("30450011600015")).toBe(false);
    expect(isValidOgrnip("1027700132195")).toBe(false);
  });
});
