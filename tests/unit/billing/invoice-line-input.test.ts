import { describe, expect, it } from "vitest";
import { draftMoney } from "@/lib/billing/invoices/invoice-line-draft";
import { invoiceLinesSaveSchema } from "@/lib/billing/invoices/invoice-schema";

const line = (values: Record<string, unknown> = {}) => ({
  id: null,
  tariffId: "00000000-0000-4000-8000-000000000001",
  kind: "service",
  prices: ["42,1234"],
  quantities: ["12,345"],
  openingDebt: "0",
  recalculation: "0",
  recalculationReason: "",
  benefit: "0",
  penalty: "0",
  paid: "0",
  ...values,
});
const errorsOf = (values: Record<string, unknown>) => {
  const parsed = invoiceLinesSaveSchema.safeParse({ invoiceId: "00000000-0000-4000-8000-000000000002", lines: [line(values)] });
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("a services-table row as typed", () => {
  it("parses prices, quantities and money exactly", () => {
    const parsed = invoiceLinesSaveSchema.parse({ invoiceId: "00000000-0000-4000-8000-000000000002", lines: [line({ recalculation: "-15,5", recalculationReason: "Не было воды" })] });
    expect(parsed.lines[0]).toMatchObject({ prices: [421_234n], quantities: [12_345n], recalculation: -1_550n });
  });

  it("puts a clear error on the very cell", () => {
    expect(errorsOf({ quantities: ["-1"] })).toEqual({ "lines.0.quantities.0": "Количество не может быть отрицательным" });
    expect(errorsOf({ quantities: ["1000000,001"] })).toEqual({ "lines.0.quantities.0": "Количество больше 1 000 000 — проверьте ввод" });
    expect(errorsOf({ prices: ["42,12345"] })).toEqual({ "lines.0.prices.0": "Цена — число, не больше четырёх знаков после запятой" });
    expect(errorsOf({ benefit: "-1" })).toEqual({ "lines.0.benefit": "Сумма не может быть отрицательной" });
    expect(errorsOf({ recalculation: "10" })).toEqual({ "lines.0.recalculationReason": "Укажите причину перерасчёта" });
    expect(errorsOf({ quantities: ["1000000"] })).toEqual({});
  });

  it("computes «Начислено» and «Итого» in the browser as the server does, and nothing while a cell is not a number", () => {
    const typed = { prices: ["42,1234", "10"], quantities: ["12,345", "0,5"], openingDebt: "100", recalculation: "0", benefit: "20", penalty: "3,15", paid: "50" };
    // 12,345 × 42,1234 + 0,5 × 10 = 525,0133… → 525,01 (rounded once, not per zone).
    expect(draftMoney(typed)).toMatchObject({ accruedKopecks: 52_501n, totalKopecks: 52_501n + 10_000n - 2_000n + 315n - 5_000n });
    expect(draftMoney({ ...typed, quantities: ["12,", "1"] })).toBeNull();
  });
});
