import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tariffPrices, tariffs, type InvoiceType, type TariffMethod, type TariffType } from "@/db/schema";
import { tariffTypesByInvoiceType } from "../billing-vocabulary";

/** A service the «+» of an invoice may add: the building's tariff with the price in force for the invoice's month. */
export type InvoiceTariffOption = {
  id: string;
  name: string;
  code: string | null;
  type: TariffType;
  unit: string;
  zones: number;
  method: TariffMethod;
  vatRate: number | null;
  commonEnabled: boolean;
  /** The price row in force, or null when the tariff has none yet for the month (then it cannot be added). */
  price: { validFrom: string; pricesE4: bigint[] } | null;
};

/** The first day of the month after `period` ("2026-03" → "2026-04-01"): prices starting within the month count for it. */
const nextMonthStart = (period: string) => {
  const [year = 0, month = 0] = period.split("-").map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
};

/**
 * The active tariffs of a building an invoice of `type` may carry (seed 000 §12), each with the newest price that
 * starts before the month is over — a price changed on the 15th is the month's price, as the billing run takes it.
 */
export async function invoiceTariffOptions(db: Db, orgId: string, invoice: { buildingId: string; type: InvoiceType; period: string }): Promise<InvoiceTariffOption[]> {
  const rows = await db
    .select({
      id: tariffs.id,
      name: tariffs.name,
      code: tariffs.code,
      type: tariffs.type,
      unit: tariffs.unit,
      zones: tariffs.zones,
      method: tariffs.method,
      vatRate: tariffs.vatRate,
      commonEnabled: tariffs.commonEnabled,
    })
    .from(tariffs)
    .where(
      and(
        eq(tariffs.orgId, orgId),
        eq(tariffs.buildingId, invoice.buildingId),
        isNull(tariffs.archivedAt),
        inArray(tariffs.type, [...tariffTypesByInvoiceType[invoice.type]]),
      ),
    )
    .orderBy(asc(tariffs.position), asc(tariffs.name));
  if (!rows.length) return [];
  const prices = await db
    .selectDistinctOn([tariffPrices.tariffId], {
      tariffId: tariffPrices.tariffId,
      validFrom: tariffPrices.validFrom,
      price1E4: tariffPrices.price1E4,
      price2E4: tariffPrices.price2E4,
      price3E4: tariffPrices.price3E4,
    })
    .from(tariffPrices)
    .where(
      and(
        eq(tariffPrices.orgId, orgId),
        inArray(tariffPrices.tariffId, rows.map((r) => r.id)),
        sql`${tariffPrices.validFrom} < ${nextMonthStart(invoice.period)}::date`,
      ),
    )
    .orderBy(tariffPrices.tariffId, desc(tariffPrices.validFrom));
  const byTariff = new Map(prices.map((p) => [p.tariffId, p]));
  return rows.map((row) => {
    const p = byTariff.get(row.id);
    const zonePrices = p ? [p.price1E4, p.price2E4, p.price3E4].slice(0, row.zones).map((v) => v ?? 0n) : null;
    return { ...row, price: p && zonePrices ? { validFrom: p.validFrom, pricesE4: zonePrices } : null };
  });
}
