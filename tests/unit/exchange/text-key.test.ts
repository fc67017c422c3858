import { describe, expect, it } from "vitest";
import { addressKey, fullNameKey } from "@/lib/exchange/text-key";

describe("addressKey", () => {
  it("matches an address however the words for street and house are written", () => {
    const stored = addressKey("Москва, ул. Ленина, д. 5");
    expect(addressKey("москва ленина 5")).toBe(stored);
    expect(addressKey("г. Москва, улица Ленина, дом 5")).toBe(stored);
    expect(addressKey("Москва,  ул.Ленина,д.5")).toBe(stored);
  });

  it("still tells different houses apart", () => {
    expect(addressKey("ул. Ленина, д. 5")).not.toBe(addressKey("ул. Ленина, д. 7"));
  });
});

describe("fullNameKey", () => {
  it("ignores case, «ё» and extra spaces", () => {
    expect(fullNameKey("Алёшин", "Пётр", null)).toBe(fullNameKey("АЛЕШИН ", "петр", ""));
  });
});
