import { describe, expect, it } from "vitest";
import { allocatePayment, type OpenLine } from "@/lib/payments/allocate-payment";

const line = (invoiceId: string, position: number, unpaid: bigint, period = "2026-03", dueDate: string | null = null): OpenLine => ({
  invoiceId,
  invoiceLineId: `${invoiceId}-${position}`,
  invoiceType: "utilities",
  tariffId: null,
  period,
  dueDate,
  position,
  unpaidKopecks: unpaid,
});

describe("splitting a payment over unpaid lines", () => {
  const march = [line("mar", 0, 1_000n, "2026-03", "2026-04-15"), line("mar", 1, 500n, "2026-03", "2026-04-15")];
  const april = [line("apr", 0, 2_000n, "2026-04", "2026-05-15")];

  it("pays the oldest debt first when the payer chose nothing, line by line", () => {
    expect(allocatePayment(1_200n, [...april, ...march]).map((a) => [a.kind, a.amountKopecks, "invoiceLineId" in a ? a.invoiceLineId : null])).toEqual([
      ["invoice_line", 1_000n, "mar-0"],
      ["invoice_line", 200n, "mar-1"],
    ]);
  });

  it("pays the chosen invoice first, then the oldest others", () => {
    const parts = allocatePayment(2_300n, [...march, ...april], ["apr"]);
    expect(parts.map((a) => ("invoiceLineId" in a ? a.invoiceLineId : a.kind))).toEqual(["apr-0", "mar-0"]);
    expect(parts.map((a) => a.amountKopecks)).toEqual([2_000n, 300n]);
  });

  it("turns what is left over into an advance, and an amount with no debt at all into one advance", () => {
    expect(allocatePayment(4_000n, march).at(-1)).toEqual({ kind: "advance", amountKopecks: 2_500n });
    expect(allocatePayment(700n, [])).toEqual([{ kind: "advance", amountKopecks: 700n }]);
  });

  it("skips lines that are paid or overpaid and never allocates more than was paid", () => {
    const parts = allocatePayment(900n, [line("x", 0, 0n), line("x", 1, -50n), line("x", 2, 600n), line("x", 3, 600n)]);
    expect(parts.map((a) => a.amountKopecks)).toEqual([600n, 300n]);
    expect(parts.reduce((s, a) => s + a.amountKopecks, 0n)).toBe(900n);
  });
});
