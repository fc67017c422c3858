import type { paymentGateways } from "@/db/schema";

type CommissionRule = Pick<typeof paymentGateways.$inferSelect, "commissionPayer" | "commissionBp" | "commissionMinKopecks">;

/**
 * A gateway's commission on an amount: percent in hundredths (150 = 1,5 %), rounded half up to the kopeck, never
 * below the minimum. The payer's share is added to what is charged; the organisation's comes out of what arrives.
 */
export function commissionFor(rule: CommissionRule, amountKopecks: bigint): { commissionKopecks: bigint; chargedKopecks: bigint } {
  const byPercent = (amountKopecks * BigInt(rule.commissionBp) + 5_000n) / 10_000n;
  const commissionKopecks = rule.commissionBp === 0 && rule.commissionMinKopecks === 0n ? 0n : byPercent > rule.commissionMinKopecks ? byPercent : rule.commissionMinKopecks;
  return { commissionKopecks, chargedKopecks: rule.commissionPayer === "payer" ? amountKopecks + commissionKopecks : amountKopecks };
}
