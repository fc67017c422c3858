import { describe, expect, it } from "vitest";
import { overdueCharges, periodPenalties, type PenaltyEntry } from "@/lib/billing/account-penalties";
import type { PenaltyRateRow } from "@/lib/billing/penalties";

const schedule: PenaltyRateRow[] = [{ kind: "key_rate", validFrom: "2024-01-01", validTo: null, rateBp: 950, debtsBefore: null }];
const switches = { countsPaymentDay: true, dueDayOnTime: true };
const entry = (e: Partial<PenaltyEntry>): PenaltyEntry => ({ kind: "accrual", amountKopecks: 0n, occurredOn: "2025-01-05", invoiceType: "utilities", tariffId: "water", dueDate: null, ...e });

describe("penalties of an account from its ledger", () => {
  it("pays the oldest charge first and gives each charge the dates its money came", () => {
    const charges = overdueCharges(
      [
        entry({ amountKopecks: 100_000n, dueDate: "2025-01-15" }),
        entry({ amountKopecks: 100_000n, dueDate: "2025-02-15", occurredOn: "2025-02-05" }),
        entry({ kind: "payment", amountKopecks: -150_000n, occurredOn: "2025-03-01", tariffId: null }),
      ],
      "utilities",
    );
    expect(charges.map((c) => [c.dueDate, c.payments])).toEqual([
      ["2025-01-15", [{ date: "2025-03-01", amountKopecks: 100_000n }]],
      ["2025-02-15", [{ date: "2025-03-01", amountKopecks: 50_000n }]],
    ]);
  });

  it("charges no penalty on penalties, nets a returning recalculation, and keeps invoice types apart", () => {
    const charges = overdueCharges(
      [
        entry({ amountKopecks: 100_000n, dueDate: "2025-01-15" }),
        entry({ kind: "recalculation", amountKopecks: -30_000n, dueDate: "2025-01-15" }),
        entry({ kind: "penalty", amountKopecks: 5_000n, dueDate: "2025-01-15" }),
        entry({ amountKopecks: 70_000n, dueDate: "2025-01-15", invoiceType: "capital_repair", tariffId: "kr" }),
        entry({ kind: "payment", amountKopecks: -70_000n, occurredOn: "2025-01-10", invoiceType: "capital_repair", tariffId: null }),
      ],
      "utilities",
    );
    expect(charges).toEqual([{ id: "water|2025-01-15", amountKopecks: 70_000n, dueDate: "2025-01-15", capitalRepair: false, payments: [] }]);
  });

  it("bills a period the penalty accrued in it: through its end minus through the previous end", () => {
    const entries = [entry({ amountKopecks: 500_000n, dueDate: "2025-01-15" })];
    // Day 31 is 15.02: February has 14 days at 1/300, March 31 more, each 5000 × 0,095 / 300 = 1,5833… ₽ a day.
    const [february] = periodPenalties(entries, "utilities", schedule, switches, "2025-02");
    const [march] = periodPenalties(entries, "utilities", schedule, switches, "2025-03");
    expect(february).toMatchObject({ tariffId: "water", kopecks: 2_217n, detail: { accruedKopecks: 2_217n, previousKopecks: 0n } });
    expect(march).toMatchObject({ kopecks: 4_908n, detail: { accruedKopecks: 7_125n, previousKopecks: 2_217n } });
    // A late payment dated in February (booked afterwards) corrects March's line by itself.
    const paidLate = [...entries, entry({ kind: "payment", amountKopecks: -500_000n, occurredOn: "2025-02-20", tariffId: null })];
    const [corrected] = periodPenalties(paidLate, "utilities", schedule, switches, "2025-03");
    // Through 28.02 (and 31.03): 15.02–20.02, 6 days = 9,50 ₽; already 9,50 → March 0.
    expect(corrected).toMatchObject({ kopecks: 0n, detail: { accruedKopecks: 950n, previousKopecks: 950n } });
  });

  it("takes a refund back from the latest money in before it", () => {
    const charges = overdueCharges(
      [
        entry({ amountKopecks: 100_000n, dueDate: "2025-01-15" }),
        entry({ kind: "payment", amountKopecks: -100_000n, occurredOn: "2025-01-10", tariffId: null }),
        entry({ kind: "payment", amountKopecks: 40_000n, occurredOn: "2025-01-12", tariffId: null }),
      ],
      "utilities",
    );
    expect(charges[0]?.payments).toEqual([{ date: "2025-01-10", amountKopecks: 60_000n }]);
  });
});
