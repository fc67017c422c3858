import type { paymentGateways } from "@/db/schema";

export type CommissionRule = Pick<typeof paymentGateways.$inferSelect, "commissionPayer" | "commissionBp" | "commissionMinKopecks">;

export type Commission = {
  /** What goes to invoices and advances. */
  amountKopecks: bigint;
  commissionKopecks: bigint;
  /** What the payer is charged: the amount plus the commission when the payer bears it. */
  chargedKopecks: bigint;
  payerBears: boolean;
};

/**
 * A gateway's commission on an amount: hundredths of a percent rounded half up to the kopeck, never below the
 * gateway's minimum. Shown to the resident before paying; the payer pays it on top only when the gateway says so.
 */
export function commissionFor(gateway: CommissionRule, amountKopecks: bigint): Commission {
  const byRate = (amountKopecks * BigInt(gateway.commissionBp) + 5_000n) / 10_000n;
  const commissionKopecks = amountKopecks > 0n && byRate < gateway.commissionMinKopecks ? gateway.commissionMinKopecks : byRate;
  const payerBears = gateway.commissionPayer === "payer";
  return { amountKopecks, commissionKopecks, chargedKopecks: payerBears ? amountKopecks + commissionKopecks : amountKopecks, payerBears };
}
