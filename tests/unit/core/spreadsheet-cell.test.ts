import { describe, expect, it } from "vitest";
import { neutraliseCell, neutraliseValue } from "@/lib/core/spreadsheet-cell";

describe("neutraliseCell", () => {
  it.each(["=HYPERLINK(\"http://evil.example\",\"Оплатить\")", "+7 cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("makes %j plain text", (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(["Москва", "-100,50", "+7", "1 234,56", "", "a=b"])("leaves %j as it is", (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it("touches only text", () => {
    expect(neutraliseValue(-5)).toBe(-5);
    expect(neutraliseValue(null)).toBe(null);
  });
});
