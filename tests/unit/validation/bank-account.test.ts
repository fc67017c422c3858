import { describe, it, expect } from "vitest";

import {
  isBankAccountFormat,
  isValidCorrespondentAccount,
  isValidSettlementAccount,
} from "@/lib/validation/bank-account";

const SBER_BIK = "044525225";

describe("isValidSettlementAccount", () => {
  it("accepts accounts whose key matches the last three БИК digits", () => {
    // Hand check for 225 + 40703810500000000001 with weights 7,1,3: 14+2+15+28+21+3+24+7+15+1 = 130.
    expect(isValidSettlementAccount("40703810500000000001", SBER_BIK)).toBe(true);
    expect(isValidSettlementAccount("40702810938000000001", SBER_BIK)).toBe(true);
  });

  it("rejects the same account at a bank with a different БИК", () => {
    expect(isValidSettlementAccount("40703810500000000001", "044525974")).toBe(false);
    expect(isValidSettlementAccount("40702810500000000001", "044525974")).toBe(true);
  });

  it("rejects a single mistyped digit", () => {
    expect(isValidSettlementAccount("40703810500000000002", SBER_BIK)).toBe(false);
  });

  it("accepts the РКЦ key only for РКЦ БИКs", () => {
    // Valid with key "025" ("0" + digits 5–6), not with "000" (the last three digits).
    expect(isValidSettlementAccount("40702810000000000001", "044525000")).toBe(true);
    expect(isValidSettlementAccount("40702810000000000001", "044525003")).toBe(false);
  });

  it("rejects wrong lengths, non-digits and an invalid БИК", () => {
    expect(isValidSettlementAccount("4070381050000000000", SBER_BIK)).toBe(false);
    expect(isValidSettlementAccount("407038105000000000011", SBER_BIK)).toBe(false);
    expect(isValidSettlementAccount("4070381050000000000a", SBER_BIK)).toBe(false);
    expect(isValidSettlementAccount("40703810500000000001", "04452522")).toBe(false);
  });
});

describe("isValidCorrespondentAccount", () => {
  it("accepts Сбербанк's correspondent account", () => {
    expect(isValidCorrespondentAccount("30101810400000000225", SBER_BIK)).toBe(true);
  });

  it("rejects a mistyped account and a mismatched БИК", () => {
    expect(isValidCorrespondentAccount("30101810400000000226", SBER_BIK)).toBe(false);
    expect(isValidCorrespondentAccount("30101810400000000225", "044030653")).toBe(false);
  });

  it("does not accept the settlement key in its place", () => {
    expect(isValidCorrespondentAccount("40703810500000000001", SBER_BIK)).toBe(false);
  });
});

describe("isBankAccountFormat", () => {
  it("requires exactly 20 digits", () => {
    expect(isBankAccountFormat("40703810500000000001")).toBe(true);
    expect(isBankAccountFormat("4070381050000000000")).toBe(false);
    expect(isBankAccountFormat("40703 810500000000001")).toBe(false);
  });
});
