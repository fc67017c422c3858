import { describe, expect, it } from "vitest";
import { plainText, stripControlChars, withoutControlChars } from "@/lib/core/text";

describe("control characters in input", () => {
  it("are removed, while tabs and line breaks of a multi-line text stay", () => {
    expect(stripControlChars("a\u0000b\u0007c\u007f\u009bd")).toBe("abcd");
    expect(stripControlChars("строка 1\r\nстрока 2\tконец")).toBe("строка 1\r\nстрока 2\tконец");
  });

  it("are gone before a schema built on plainText checks length or emptiness", () => {
    const name = plainText({ error: "Укажите название" }).trim().min(1, "Укажите название").max(5);
    expect(name.safeParse("\u0000\u0000").success).toBe(false);
    expect(name.parse(" ab\u0000c ")).toBe("abc");
    expect(name.safeParse("abcde\u0000").success).toBe(true);
  });

  it("are removed from every string of a form's input, files and dates untouched", () => {
    const file = new Blob(["x"]);
    const date = new Date(0);
    const cleaned = withoutControlChars({ q: "\u0000x", list: ["a\u0000", 1], nested: { s: "b\u0001" }, file, date });
    expect(cleaned).toEqual({ q: "x", list: ["a", 1], nested: { s: "b" }, file, date });
    expect(cleaned.file).toBe(file);
  });
});
