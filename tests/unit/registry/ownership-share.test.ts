import { describe, expect, it } from "vitest";
import { linkSchema } from "@/lib/registry/links/link-schema";
import { parseShare, shareTotalWarning } from "@/lib/registry/links/ownership-share";

describe("ownership shares", () => {
  it("reads whole, fractional and decimal shares", () => {
    expect(parseShare("1")).toBe(1);
    expect(parseShare("1/2")).toBe(0.5);
    expect(parseShare("0.25")).toBe(0.25);
    expect(parseShare("0,25")).toBe(0.25);
    expect(parseShare(" 1 / 3 ")).toBeCloseTo(1 / 3);
  });

  it("refuses what is not a share of one premise", () => {
    for (const text of ["0", "3/2", "1.5", "1/0", "половина", "-1/2", ""]) expect(parseShare(text), text).toBeNull();
  });

  it("warns when the owners' shares add up to more than one", () => {
    expect(shareTotalWarning(["1/2", "0.5", null])).toBeNull();
    expect(shareTotalWarning(["1/2", "3/4"])).toContain("больше единицы");
  });

  it("the link form normalises the share and explains a bad one", () => {
    const base = { premiseId: crypto.randomUUID(), clientId: crypto.randomUUID() };
    expect(linkSchema.parse({ ...base, ownershipShare: "0,25" }).ownershipShare).toBe("0.25");
    const bad = linkSchema.safeParse({ ...base, ownershipShare: "2" });
    expect(bad.error?.issues[0]?.message).toContain("1/2");
  });

  it("the link form asks whom a resident depends on, and drops it for an owner", () => {
    const base = { premiseId: crypto.randomUUID(), clientId: crypto.randomUUID() };
    expect(linkSchema.safeParse({ ...base, basis: "resident" }).error?.issues[0]?.path).toEqual(["dependsOnClientId"]);
    expect(linkSchema.parse({ ...base, basis: "owner", dependsOnClientId: crypto.randomUUID() }).dependsOnClientId).toBeNull();
  });
});
