import { accruedKopecks, lineTotalKopecks } from "../line-arithmetic";

/** What staff type for a line, parsed: a price and a quantity per zone, and the line's money in kopecks. */
export type LineFigures = {
  prices: readonly bigint[];
  quantities: readonly bigint[];
  openingDebt: bigint;
  recalculation: bigint;
  benefit: bigint;
  penalty: bigint;
  paid: bigint;
};

/**
 * «Начислено» and «Итого» of a line — the one computation the card shows while staff type (bigint runs in the
 * browser) and the server stores on save, so the two cannot disagree.
 */
export function lineMoneyOf(f: LineFigures) {
  const accrued = accruedKopecks(f.prices.map((priceE4, i) => ({ priceE4, qtyMilli: f.quantities[i] ?? 0n })));
  const money = {
    accruedKopecks: accrued,
    openingDebtKopecks: f.openingDebt,
    recalculationKopecks: f.recalculation,
    benefitKopecks: f.benefit,
    penaltyKopecks: f.penalty,
    paidKopecks: f.paid,
  };
  return { ...money, totalKopecks: lineTotalKopecks(money) };
}
