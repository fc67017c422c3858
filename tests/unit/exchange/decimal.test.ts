import { describe, expect, it } from "vitest";
import { formatScaledDecimal, parseKopecks, parseScaledDecimal } from "@/lib/exchange/decimal";

describe("parseKopecks", () => {
  it.each([
    ["1 234,56", 123456n],
    ["1\u00a0234,56", 123456n],
    ["1\u202f234.5", 123450n],
    ["-100.5", -10050n],
    ["+7", 700n],
    ["0", 0n],
    ["-0,01", -1n],
    ["12345678901234,99", 1234567890123499n],
  ])("%s → %s kopecks", (text, kopecks) => {
    expect(parseKopecks(text)).toBe(kopecks);
  });

  it.each(["", "abc", "1,2,3", "1.234,56", "1,234.56", "12,345", "--1", "1e3", "100 руб."])("refuses %j", (text) => {
    expect(parseKopecks(text)).toBeNull();
  });

  it("never goes through floating point", () => {
    expect(parseKopecks("0,29")).toBe(29n);
    expect(parseKopecks("1.15")).toBe(115n);
  });
});

describe("formatScaledDecimal", () => {
  it.each([
    [12345n, "123.45"],
    [5n, "0.05"],
    [-1n, "-0.01"],
    [0n, "0.00"],
  ])("%s hundredths → %s, and back", (value, text) => {
    expect(formatScaledDecimal(value, 2)).toBe(text);
    expect(parseScaledDecimal(text, 2)).toBe(value);
  });
});
