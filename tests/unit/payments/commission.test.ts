import { describe, expect, it } from "vitest";
import { commissionFor } from "@/lib/payments/commission";

describe("commissionFor", () => {
  it("takes hundredths of a percent rounded half up, never below the minimum, on top only when the payer bears it", () => {
    expect(commissionFor({ commissionPayer: "payer", commissionBp: 150, commissionMinKopecks: 0n }, 100_000n)).toEqual({ amountKopecks: 100_000n, commissionKopecks: 1_500n, chargedKopecks: 101_500n, payerBears: true });
    expect(commissionFor({ commissionPayer: "payer", commissionBp: 150, commissionMinKopecks: 0n }, 1_033n).commissionKopecks).toBe(15n);
    expect(commissionFor({ commissionPayer: "payer", commissionBp: 150, commissionMinKopecks: 3_000n }, 100_000n).chargedKopecks).toBe(103_000n);
    expect(commissionFor({ commissionPayer: "organisation", commissionBp: 150, commissionMinKopecks: 0n }, 100_000n)).toMatchObject({ commissionKopecks: 1_500n, chargedKopecks: 100_000n, payerBears: false });
    expect(commissionFor({ commissionPayer: "payer", commissionBp: 0, commissionMinKopecks: 0n }, 100_000n).commissionKopecks).toBe(0n);
  });
});
