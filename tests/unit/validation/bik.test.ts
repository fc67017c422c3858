import { describe, it, expect } from "vitest";

import {
  bikCorrespondentKey,
  bikSettlementKey,
  isCashSettlementCentreBik,
  isValidBik,
} from "@/lib/validation/bik";

describe("isValidBik", () => {
  it("accepts a Russian bank БИК", () => {
    expect(isValidBik("044525225")).toBe(true);
  });

  it("rejects wrong length, non-digits and a non-04 prefix", () => {
    expect(isValidBik("04452522")).toBe(false);
    expect(isValidBik("0445252250")).toBe(false);
    expect(isValidBik("04452522a")).toBe(false);
    expect(isValidBik("004525988")).toBe(false);
    expect(isValidBik("144525225")).toBe(false);
  });
});

describe("БИК helpers", () => {
  it("extracts the account keys", () => {
    expect(bikSettlementKey("044525225")).toBe("225");
    expect(bikCorrespondentKey("044525225")).toBe("025");
  });

  it("recognises РКЦ БИКs by their 000/001/002 tail", () => {
    expect(isCashSettlementCentreBik("044525000")).toBe(true);
    expect(isCashSettlementCentreBik("044525001")).toBe(true);
    expect(isCashSettlementCentreBik("044525002")).toBe(true);
    expect(isCashSettlementCentreBik("044525225")).toBe(false);
  });
});
