import { formatScaledDecimal, parseScaledDecimal } from "@/lib/exchange/decimal";

/**
 * The arithmetic of an invoice line, in integers only: quantities in thousandths of a unit ("milli"), prices in
 * ten-thousandths of a rouble ("e4"), money in kopecks. qty_milli × price_e4 is in 10⁻⁵ kopeck, so a line's zones
 * are added exactly and rounded half-up to kopecks once, at the end (not per zone).
 */
const SUB_KOPECKS = 100_000n;

/** Integer division rounding half away from zero: 2,5 → 3 and −2,5 → −3, as accountants round. */
export function divideHalfUp(value: bigint, divisor: bigint): bigint {
  const negative = value < 0n !== divisor < 0n;
  const a = value < 0n ? -value : value;
  const b = divisor < 0n ? -divisor : divisor;
  const q = (a + b / 2n) / b;
  return negative ? -q : q;
}

export interface ZoneQuantity {
  qtyMilli: bigint;
  priceE4: bigint;
}

/** Accrued kopecks of a line: Σ qty × price over its zones, rounded once. */
export function accruedKopecks(zones: readonly ZoneQuantity[]): bigint {
  return divideHalfUp(
    zones.reduce((sum, z) => sum + z.qtyMilli * z.priceE4, 0n),
    SUB_KOPECKS,
  );
}

/** The VAT inside an amount that includes it: amount × rate / (100 + rate), rounded half-up. */
export const includedVatKopecks = (amountKopecks: bigint, ratePercent: number): bigint =>
  divideHalfUp(amountKopecks * BigInt(ratePercent), 100n + BigInt(ratePercent));

export interface LineMoney {
  accruedKopecks: bigint;
  openingDebtKopecks: bigint;
  recalculationKopecks: bigint;
  benefitKopecks: bigint;
  penaltyKopecks: bigint;
  paidKopecks: bigint;
}

/** What a line asks to pay: accrued + opening debt + recalculation − benefit + penalties − paid (seed 000 §12). */
export const lineTotalKopecks = (m: LineMoney): bigint =>
  m.accruedKopecks + m.openingDebtKopecks + m.recalculationKopecks - m.benefitKopecks + m.penaltyKopecks - m.paidKopecks;

export interface InvoiceMoney extends LineMoney {
  openingBalanceKopecks: bigint;
  totalKopecks: bigint;
}

/**
 * An invoice's sums from its lines. `openingBalanceKopecks` is the account's ledger balance before the invoice
 * (billing runs set it, their lines carry no opening debt); lines typed in or imported may carry their own
 * opening debt instead. The amount due is the opening balance plus every line's total.
 */
export function invoiceMoney(lines: readonly LineMoney[], openingBalanceKopecks: bigint): InvoiceMoney {
  const sum = (pick: (l: LineMoney) => bigint) => lines.reduce((s, l) => s + pick(l), 0n);
  return {
    openingBalanceKopecks,
    accruedKopecks: sum((l) => l.accruedKopecks),
    openingDebtKopecks: sum((l) => l.openingDebtKopecks),
    recalculationKopecks: sum((l) => l.recalculationKopecks),
    benefitKopecks: sum((l) => l.benefitKopecks),
    penaltyKopecks: sum((l) => l.penaltyKopecks),
    paidKopecks: sum((l) => l.paidKopecks),
    totalKopecks: openingBalanceKopecks + sum(lineTotalKopecks),
  };
}

/** A price as staff type it («42,1234»): at most 4 decimals, else null. */
export const parsePriceE4 = (text: string): bigint | null => parseScaledDecimal(text, 4);

/** A price for people, with a decimal comma and the decimals it has, at least two: «42,12», «42,1234». */
export function formatPriceE4(priceE4: bigint): string {
  const text = formatScaledDecimal(priceE4, 4).replace(/(\.\d\d\d?)0+$/, "$1").replace(/(\.\d\d)0$/, "$1");
  return text.replace(".", ",");
}

/** A quantity as typed («12,5»): at most 3 decimals. */
export const parseQuantityMilli = (text: string): bigint | null => parseScaledDecimal(text, 3);

/** A quantity for people without trailing zeros: 12500n → «12,5». */
export function formatQuantityMilli(milli: bigint): string {
  const text = formatScaledDecimal(milli, 3).replace(/\.?0+$/, "");
  return text.replace(".", ",");
}

/** Area from a numeric column («54.30») in thousandths of a m², for qty = norm × area. */
export const areaMilli = (area: string | null): bigint => (area === null ? 0n : (parseScaledDecimal(area, 3) ?? 0n));
