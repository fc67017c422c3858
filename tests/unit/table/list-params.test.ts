import { describe, expect, it } from "vitest";
import { containsPattern, filterParam, offsetOf, parseListParams } from "@/lib/table/list-params";

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

describe("control characters in list URLs", () => {
  it("are dropped from the search and from filters, so `?q=%00` reaches the query as an empty search", () => {
    expect(parseListParams({ q: "\u0000" }).q).toBeUndefined();
    expect(parseListParams({ q: "Лен\u0000ина\u001b" }).q).toBe("Ленина");
    expect(parseListParams({ sort: "address\u0000", q: ["\u0000x"] })).toMatchObject({ sort: "address", q: "x" });
    expect(filterParam({ status: "\u0000" }, "status")).toBeUndefined();
    expect(filterParam({ status: "active\u0000" }, "status")).toBe("active");
  });
});
