import { describe, it, expect } from "vitest";

import { isValidEls, normalizeEls } from "@/lib/validation/els";

describe("normalizeEls", () => {
  it("accepts Cyrillic and Latin letters and upper-cases them", () => {
    expect(normalizeEls("12АБ345678")).toBe("12АБ345678");
    expect(normalizeEls(" 12аб345678 ")).toBe("12АБ345678");
    expect(normalizeEls("12ab345678")).toBe("12AB345678");
  });

  it("rejects wrong length and misplaced letters or digits", () => {
    expect(normalizeEls("12АБ34567")).toBe(null);
    expect(normalizeEls("12АБ3456789")).toBe(null);
    expect(normalizeEls("1ААБ345678")).toBe(null);
    expect(normalizeEls("1234345678")).toBe(null);
    expect(normalizeEls("12А-345678")).toBe(null);
    expect(isValidEls("")).toBe(false);
  });
});
