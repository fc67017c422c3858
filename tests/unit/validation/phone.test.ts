import { describe, it, expect } from "vitest";

import { normalizeAnyPhone, normalizePhone, phoneSearchDigits } from "@/lib/validation/phone";

describe("normalizePhone", () => {
  it.each([
    "+7 (912) 345-67-89",
    "8 912 345 67 89",
    "89123456789",
    "9123456789",
    "+79123456789",
    "7 912 345-67-89",
    "8-912-345-67-89",
    "  8 (912) 345.67.89 ",
  ])("normalises %j to E.164", (input) => {
    expect(normalizePhone(input)).toBe("+79123456789");
  });

  it("accepts landlines and toll-free numbers", () => {
    expect(normalizePhone("8 (812) 123-45-67")).toBe("+78121234567");
    expect(normalizePhone("8 (495) 123-45-67")).toBe("+74951234567");
    expect(normalizePhone("8 800 555-35-35")).toBe("+78005553535");
    expect(normalizePhone("3812123456")).toBe("+73812123456");
  });

  it.each([
    "12345",
    "+1 212 555 0100",
    "",
    "+8 912 345 67 89",
    "+7 912 345 67 8",
    "8 912 345 67 890",
    "912345678",
    "+7 (712) 345-67-89", // Kazakhstan
    "1234567890",
    "8 912 345 67 89 доб. 12",
    "tel: 89123456789",
    "8912345678a",
  ])("rejects %j", (input) => {
    expect(normalizePhone(input)).toBe(null);
  });
});

describe("phoneSearchDigits", () => {
  it("drops the trunk prefix of a fragment typed from the start", () => {
    expect(phoneSearchDigits("8912")).toBe("912");
    expect(phoneSearchDigits("8912345")).toBe("912345");
    expect(phoneSearchDigits("8 (912) 34")).toBe("91234");
    expect(phoneSearchDigits("7912")).toBe("912");
    expect(phoneSearchDigits("8812")).toBe("812");
  });

  it("drops the country code after an explicit +7, however short", () => {
    expect(phoneSearchDigits("+7 9")).toBe("9");
    expect(phoneSearchDigits("+7 (912) 345")).toBe("912345");
    expect(phoneSearchDigits("+7")).toBe("");
  });

  it("reduces full numbers to the 10 national digits", () => {
    expect(phoneSearchDigits("+7 (912) 345-67-89")).toBe("9123456789");
    expect(phoneSearchDigits("8 912 345 67 89")).toBe("9123456789");
    expect(phoneSearchDigits("9123456789")).toBe("9123456789");
  });

  it("keeps middle fragments literal", () => {
    expect(phoneSearchDigits("345-67")).toBe("34567");
    expect(phoneSearchDigits("67-89")).toBe("6789");
    expect(phoneSearchDigits("8123")).toBe("8123"); // 812-3…, not trunk 8 + 123
  });

  it("keeps very short fragments literal", () => {
    expect(phoneSearchDigits("89")).toBe("89");
    expect(phoneSearchDigits("891")).toBe("891");
  });

  it("returns an empty string when there are no digits", () => {
    expect(phoneSearchDigits("  ")).toBe("");
    expect(phoneSearchDigits("abc")).toBe("");
  });
});

describe("normalizeAnyPhone", () => {
  it.each([
    ["+49 30 901820", "+4930901820"],
    ["+1 (212) 555-0100", "+12125550100"],
    ["+44 20 7946 0958", "+442079460958"],
    ["+375 29 123-45-67", "+375291234567"],
    ["+7 (712) 345-67-89", "+77123456789"],
    ["8 912 345 67 89", "+79123456789"],
    ["9123456789", "+79123456789"],
  ])("normalises %j to %j", (input, e164) => {
    expect(normalizeAnyPhone(input)).toBe(e164);
  });

  it.each(["12345", "", "+49 1", "8 912 345 67 89 доб. 12", "tel: 89123456789", "+999 123 456"])("rejects %j", (input) => {
    expect(normalizeAnyPhone(input)).toBe(null);
  });
});
