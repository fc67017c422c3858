import { describe, expect, it } from "vitest";
import { computePenalties, rowKopecks, type OverdueCharge, type PenaltyRateRow } from "@/lib/billing/penalties";

const keyRate = (validFrom: string, validTo: string | null, rateBp: number): PenaltyRateRow => ({ kind: "key_rate", validFrom, validTo, rateBp, debtsBefore: null });
const cap: PenaltyRateRow = { kind: "cap", validFrom: "2022-02-28", validTo: "2027-01-01", rateBp: 950, debtsBefore: null };
const schedule = [keyRate("2024-10-28", "2025-06-09", 2100), keyRate("2025-06-09", null, 2000), cap];
const on = { countsPaymentDay: true, dueDayOnTime: true };

const charge = (overrides: Partial<OverdueCharge> = {}): OverdueCharge => ({
  id: "c1",
  amountKopecks: 500_000n,
  dueDate: "2025-02-10",
  capitalRepair: false,
  payments: [{ date: "2025-06-20", amountKopecks: 500_000n }],
  ...overrides,
});

describe("penalties", () => {
  it("gives the DOMAIN.md worked example: 241,15 ₽ with the payment day, 60 days at 1/300 and 40 at 1/130", () => {
    const result = computePenalties([charge()], schedule, on, "2025-06-30");
    expect(result.totalKopecks).toBe(24_115n);
    expect(result.rows.map((r) => [r.from, r.to, r.days, r.fraction, r.rateBp, rowKopecks(r)])).toEqual([
      ["2025-03-13", "2025-05-11", 60, 300, 950, 9_500n],
      ["2025-05-12", "2025-06-20", 40, 130, 950, 14_615n],
    ]);
  });

  it("gives 237,50 ₽ when the payment day is not charged", () => {
    expect(computePenalties([charge()], schedule, { ...on, countsPaymentDay: false }, "2025-06-30").totalKopecks).toBe(23_750n);
  });

  it("starts the count on the due date itself when paying on it is late", () => {
    const [first] = computePenalties([charge()], schedule, { ...on, dueDayOnTime: false }, "2025-06-30").rows;
    expect(first?.from).toBe("2025-03-12");
  });

  it("charges nothing for the first 30 days", () => {
    const paid = charge({ payments: [{ date: "2025-03-12", amountKopecks: 500_000n }] });
    expect(computePenalties([paid], schedule, on, "2025-06-30")).toMatchObject({ totalKopecks: 0n, rows: [] });
  });

  it("uses the key rate in force on the payment day when it is below the cap, for the whole lateness", () => {
    const low = [keyRate("2023-07-24", "2023-08-15", 850), keyRate("2023-08-15", null, 1200), keyRate("2023-01-01", "2023-07-24", 750), cap];
    // Paid 10.08.2023 while the key rate was 8,5 % (< 9,5 %); the debt arose when it was 7,5 %.
    const paid = charge({ dueDate: "2023-05-10", payments: [{ date: "2023-08-10", amountKopecks: 500_000n }] });
    const result = computePenalties([paid], low, on, "2023-08-31");
    expect(result.rows.map((r) => [r.from, r.to, r.days, r.rateBp])).toEqual([["2023-06-10", "2023-08-08", 60, 850], ["2023-08-09", "2023-08-10", 2, 850]]);
    // 60 × 5000 × 0,085 / 300 = 85,00; 2 × 5000 × 0,085 / 130 = 6,538… → 91,54
    expect(result.totalKopecks).toBe(9_154n);
  });

  it("prices each part at the rate of its own payment day, the unpaid rest at the calculation date's", () => {
    const low = [keyRate("2023-01-01", "2023-07-24", 750), keyRate("2023-07-24", null, 850), cap];
    const partly = charge({ dueDate: "2023-04-10", payments: [{ date: "2023-07-20", amountKopecks: 200_000n }] });
    const result = computePenalties([partly], low, on, "2023-07-31");
    expect(result.rows.map((r) => [r.debtKopecks, r.paidOn, r.rateBp, r.fraction, r.days])).toEqual([
      [200_000n, "2023-07-20", 750, 300, 60],
      [200_000n, "2023-07-20", 750, 130, 11],
      [300_000n, null, 850, 300, 60],
      [300_000n, null, 850, 130, 22],
    ]);
    // 2000×0,075×60/300 = 30; 2000×0,075×11/130 = 12,692…; 3000×0,085×60/300 = 51; 3000×0,085×22/130 = 43,153… → 136,85
    expect(result.totalKopecks).toBe(13_685n);
  });

  it("caps the key rate at 9,5 % (ПП 474) and rounds the exact sum once", () => {
    const unpaid = charge({ payments: [] });
    const result = computePenalties([unpaid], schedule, on, "2025-04-30");
    expect(result.rows.every((r) => r.keyRateBp === 2100 && r.rateBp === 950)).toBe(true);
    // 13.03–30.04: 49 days × 5000 × 0,095 / 300 = 77,583… → 77,58
    expect(result.totalKopecks).toBe(7_758n);
  });

  it("charges nothing during ПП 424, whatever the debt", () => {
    const rates = [keyRate("2020-01-01", null, 425), { kind: "moratorium", validFrom: "2020-04-06", validTo: "2021-01-01", rateBp: null, debtsBefore: null } satisfies PenaltyRateRow];
    const result = computePenalties([charge({ dueDate: "2020-01-10", payments: [] })], rates, on, "2021-01-31");
    expect(result.rows.map((r) => [r.from, r.to, r.fraction])).toEqual([
      ["2020-02-10", "2020-04-05", 300],
      ["2021-01-01", "2021-01-31", 130],
    ]);
  });

  it("spares only debts that arose before 01.04.2022 during ПП 497", () => {
    const rates = [keyRate("2022-01-01", null, 800), { kind: "moratorium", validFrom: "2022-04-01", validTo: "2022-10-01", rateBp: null, debtsBefore: "2022-04-01" } satisfies PenaltyRateRow];
    const old = computePenalties([charge({ dueDate: "2022-02-10", payments: [] })], rates, on, "2022-10-31");
    expect(old.rows.map((r) => [r.from, r.to])).toEqual([["2022-03-13", "2022-03-31"], ["2022-10-01", "2022-10-31"]]);
    const fresh = computePenalties([charge({ dueDate: "2022-05-10", payments: [] })], rates, on, "2022-07-31");
    expect(fresh.rows.map((r) => [r.from, r.to])).toEqual([["2022-06-10", "2022-07-31"]]);
  });

  it("charges capital repair 1/300 from the first day, never 1/130", () => {
    const result = computePenalties([charge({ capitalRepair: true })], schedule, on, "2025-06-30");
    expect(result.rows.map((r) => [r.from, r.to, r.days, r.fraction])).toEqual([["2025-02-11", "2025-06-20", 130, 300]]);
    // 130 × 5000 × 0,095 / 300 = 205,833… → 205,83
    expect(result.totalKopecks).toBe(20_583n);
  });

  it("adds several charges exactly before rounding", () => {
    const a = charge({ id: "a", amountKopecks: 1n, payments: [] });
    const b = charge({ id: "b", amountKopecks: 1n, payments: [] });
    const one = computePenalties([a], schedule, on, "2025-12-31");
    const both = computePenalties([a, b], schedule, on, "2025-12-31");
    expect(both.totalUnits).toBe(one.totalUnits * 2n);
  });
});
