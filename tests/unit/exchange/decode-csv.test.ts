import { describe, expect, it } from "vitest";
import { decodeCsv } from "@/lib/exchange/csv/decode-csv";
import { encodeCp1251 } from "@/tests/support/cp1251";

const text = "Л.С;Баланс;Фамилия\n100;-5,5;Ёлкина «Ромашка» №1\n";

describe("decodeCsv", () => {
  it("reads windows-1251, as Russian Excel saves CSV", () => {
    expect(decodeCsv(encodeCp1251(text))).toBe(text);
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    expect(decodeCsv(Buffer.from(`\ufeff${text}`, "utf8"))).toBe(text);
  });

  it("reads UTF-8 without a BOM", () => {
    expect(decodeCsv(Buffer.from(text, "utf8"))).toBe(text);
  });

  it("reads Excel's «Юникод» text (UTF-16 LE with a BOM)", () => {
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(text);
  });

  it("reads plain ASCII either way", () => {
    expect(decodeCsv(Buffer.from("a;b\n1;2", "latin1"))).toBe("a;b\n1;2");
  });
});
