import { describe, expect, it } from "vitest";
import { containsPattern, offsetOf, parseListParams } from "@/lib/table/list-params";

describe("table URL parameters", () => {
  it("reads paging, sorting and search from the URL", () => {
    const p = parseListParams({ page: "3", size: "50", sort: "address", dir: "desc", q: " Ленина " });
    expect(p).toEqual({ page: 3, size: 50, sort: "address", dir: "desc", q: "Ленина" });
    expect(offsetOf(p)).toBe(100);
  });

  it("falls back to defaults on hand-edited garbage instead of failing the page", () => {
    expect(parseListParams({ page: "-1", size: "1000000", dir: "sideways", q: "" })).toEqual({ page: 1, size: 25, sort: undefined, dir: "asc", q: undefined });
  });

  it("treats the user's % and _ as plain characters in a search", () => {
    expect(containsPattern("50%_off")).toBe("%50\\%\\_off%");
  });
});
