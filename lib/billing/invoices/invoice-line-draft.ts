import type { InvoiceLineKind } from "@/db/schema";
import { formatScaledDecimal, parseKopecks } from "@/lib/exchange/decimal";
import { formatPriceE4, formatQuantityMilli, parsePriceE4, parseQuantityMilli } from "../line-arithmetic";
import { lineMoneyOf } from "./invoice-line-money";

/**
 * A services-table row as the card edits it: every number as the text in its cell (so it crosses to the browser and
 * back unchanged), plus what the row shows but never sends — name, unit, and the engine's explanation.
 */
export type InvoiceLineDraft = {
  id: string | null;
  tariffId: string | null;
  kind: InvoiceLineKind;
  prices: string[];
  quantities: string[];
  openingDebt: string;
  recalculation: string;
  recalculationReason: string;
  benefit: string;
  penalty: string;
  paid: string;
};

export type InvoiceLineMeta = { serviceName: string; unit: string; basis: unknown; penaltyDetail: unknown; vatKopecks: string | null };

/** Kopecks as a cell's text: «1234,5» → «1234,50», without spaces so it parses back as typed. */
export const kopecksText = (kopecks: bigint) => formatScaledDecimal(kopecks, 2).replace(".", ",");

type StoredLine = {
  id: string;
  tariffId: string | null;
  kind: InvoiceLineKind;
  serviceName: string;
  unit: string;
  price1E4: bigint;
  price2E4: bigint | null;
  price3E4: bigint | null;
  qty1Milli: bigint;
  qty2Milli: bigint | null;
  qty3Milli: bigint | null;
  openingDebtKopecks: bigint;
  recalculationKopecks: bigint;
  recalculationReason: string | null;
  benefitKopecks: bigint;
  penaltyKopecks: bigint;
  paidKopecks: bigint;
  vatKopecks: bigint | null;
  basis: unknown;
  penaltyDetail: unknown;
};

export function lineDraftOf(line: StoredLine): { draft: InvoiceLineDraft; meta: InvoiceLineMeta } {
  const prices = [line.price1E4, line.price2E4, line.price3E4].filter((p): p is bigint => p !== null);
  const quantities = [line.qty1Milli, line.qty2Milli, line.qty3Milli].slice(0, prices.length).map((q) => q ?? 0n);
  return {
    draft: {
      id: line.id,
      tariffId: line.tariffId,
      kind: line.kind,
      prices: prices.map(formatPriceE4),
      quantities: quantities.map(formatQuantityMilli),
      openingDebt: kopecksText(line.openingDebtKopecks),
      recalculation: kopecksText(line.recalculationKopecks),
      recalculationReason: line.recalculationReason ?? "",
      benefit: kopecksText(line.benefitKopecks),
      penalty: kopecksText(line.penaltyKopecks),
      paid: kopecksText(line.paidKopecks),
    },
    meta: { serviceName: line.serviceName, unit: line.unit, basis: line.basis, penaltyDetail: line.penaltyDetail, vatKopecks: line.vatKopecks === null ? null : kopecksText(line.vatKopecks) },
  };
}

/** «Начислено» and «Итого» of a row as typed so far; null while a cell does not hold a number yet. */
export function draftMoney(d: Pick<InvoiceLineDraft, "prices" | "quantities" | "openingDebt" | "recalculation" | "benefit" | "penalty" | "paid">) {
  const prices = d.prices.map((p) => parsePriceE4(p));
  const quantities = d.quantities.map((q) => parseQuantityMilli(q));
  const money = [d.openingDebt, d.recalculation, d.benefit, d.penalty, d.paid].map((m) => parseKopecks(m));
  if (prices.includes(null) || quantities.includes(null) || money.includes(null)) return null;
  const [openingDebt = 0n, recalculation = 0n, benefit = 0n, penalty = 0n, paid = 0n] = money as bigint[];
  return lineMoneyOf({ prices: prices as bigint[], quantities: quantities as bigint[], openingDebt, recalculation, benefit, penalty, paid });
}
