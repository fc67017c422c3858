import { describe, expect, it } from "vitest";
import { isIpAllowed } from "@/lib/auth/ip-allowlist";
import { isValidIpEntry } from "@/lib/auth/ip-entry";

describe("staff IP allow-list", () => {
  it("allows everyone while the list is empty", () => {
    expect(isIpAllowed("203.0.113.7", [])).toBe(true);
    expect(isIpAllowed(null, [])).toBe(true);
  });

  it("admits listed addresses and ranges and refuses the rest", () => {
    const list = ["203.0.113.0/24", "198.51.100.10", "2001:db8::/32"];
    expect(isIpAllowed("203.0.113.250", list)).toBe(true);
    expect(isIpAllowed("198.51.100.10", list)).toBe(true);
    expect(isIpAllowed("198.51.100.11", list)).toBe(false);
    expect(isIpAllowed("2001:db8::1", list)).toBe(true);
    expect(isIpAllowed("2001:db9::1", list)).toBe(false);
  });

  it("reads IPv4 addresses that arrive in IPv6-mapped form", () => {
    expect(isIpAllowed("::ffff:203.0.113.5", ["203.0.113.0/24"])).toBe(true);
  });

  it("refuses an unknown or malformed caller address when a list is set", () => {
    expect(isIpAllowed(null, ["203.0.113.0/24"])).toBe(false);
    expect(isIpAllowed("not-an-ip", ["203.0.113.0/24"])).toBe(false);
  });

  it("validates entries staff type in", () => {
    expect(isValidIpEntry("10.0.0.0/8")).toBe(true);
    expect(isValidIpEntry("10.0.0.1")).toBe(true);
    expect(isValidIpEntry("::1")).toBe(true);
    expect(isValidIpEntry("10.0.0.0/33")).toBe(false);
    expect(isValidIpEntry("10.0.0.0/abc")).toBe(false);
    expect(isValidIpEntry("300.1.1.1")).toBe(false);
    expect(isValidIpEntry("офис")).toBe(false);
    expect(isValidIpEntry("2001:db8::/129")).toBe(false);
    expect(isValidIpEntry("2001:db8::zz")).toBe(false);
    expect(isValidIpEntry("10.0.0.1/8/8")).toBe(false);
  });
});
