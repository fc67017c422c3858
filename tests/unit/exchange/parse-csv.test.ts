import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "@/lib/exchange/csv/parse-csv";

describe("detectSeparator", () => {
  it("takes the separator of the header line", () => {
    expect(detectSeparator("Л.С;Баланс;Фамилия\n1,5;2")).toBe(";");
    expect(detectSeparator("Л.С,Баланс,Фамилия\n1;2")).toBe(",");
    expect(detectSeparator("Л.С\tБаланс\n")).toBe("\t");
  });

  it("ignores separators inside quotes and prefers «;» on a tie", () => {
    expect(detectSeparator('"a,b,c";d\n')).toBe(";");
    expect(detectSeparator("Л.С\n100\n")).toBe(";");
  });
});

describe("parseCsv", () => {
  it("splits records and cells, with the line each record starts on", () => {
    expect([...parseCsv("a;b\r\n1;2\r\n\r\n3;4")]).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: [""] },
      { line: 4, cells: ["3", "4"] },
    ]);
  });

  it("keeps separators, doubled quotes and line breaks inside quoted values", () => {
    const records = [...parseCsv('a;b\n"1 234,56";"ООО ""Лютик"";\nдом 5"\nx;y\n', ";")];
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1 234,56", 'ООО "Лютик";\nдом 5'] },
      { line: 4, cells: ["x", "y"] },
    ]);
  });

  it("reads comma-separated files with quoted decimal commas", () => {
    expect([...parseCsv('"Л.С","Баланс"\n"500001","100,00"\n')]).toEqual([
      { line: 1, cells: ["Л.С", "Баланс"] },
      { line: 2, cells: ["500001", "100,00"] },
    ]);
  });

  it("keeps empty trailing cells and reads a last line without a line break", () => {
    expect([...parseCsv("a;b;c\n1;;")]).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", "", ""] },
    ]);
  });
});
