import { describe, it, expect } from "vitest";

import { isValidKpp } from "@/lib/validation/kpp";

describe("isValidKpp", () => {
  it("accepts digit-only and lettered reason codes", () => {
    expect(isValidKpp("773601001")).toBe(true);
    expect(isValidKpp("7736AB001")).toBe(true);
  });

  it("rejects wrong length, letters outside positions 5–6, lower case and Cyrillic", () => {
    expect(isValidKpp("77360100")).toBe(false);
    expect(isValidKpp("7736010011")).toBe(false);
    expect(isValidKpp("A73601001")).toBe(false);
    expect(isValidKpp("77360100A")).toBe(false);
    expect(isValidKpp("7736ab001")).toBe(false);
    expect(isValidKpp("7736АБ001")).toBe(false);
  });
});
