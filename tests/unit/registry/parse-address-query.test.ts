import { describe, expect, it } from "vitest";
import { parseAddressQuery } from "@/lib/registry/premises/parse-address-query";

describe("parseAddressQuery — street, house, premise, each optional", () => {
  it.each([
    ["Ленина 5 12", { streetWords: ["ленина"], house: "5", number: "12" }],
    ["12", { streetWords: [], number: "12" }],
    ["Ленина 5", { streetWords: ["ленина"], house: "5" }],
    ["5 12", { streetWords: [], house: "5", number: "12" }],
    ["Ленина", { streetWords: ["ленина"] }],
    ["ул. Ленина, д. 5, кв. 12", { streetWords: ["ленина"], house: "5", number: "12" }],
    ["ул.Ленина д.5 кв.12", { streetWords: ["ленина"], house: "5", number: "12" }],
    ["Ленина 5а 12Б", { streetWords: ["ленина"], house: "5а", number: "12б" }],
    ["Ленина 5 к2 12", { streetWords: ["ленина"], house: "5", number: "12" }],
    ["Ленина 5 корп 2", { streetWords: ["ленина"], house: "5" }],
    ["Москва 1-я Парковая 5 12", { streetWords: ["москва", "1-я", "парковая"], house: "5", number: "12" }],
    ["   ", { streetWords: [] }],
  ])("%s", (text, expected) => {
    expect(parseAddressQuery(text)).toEqual(expected);
  });
});
