import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tariffPrices } from "@/db/schema";
import { formatPriceE4 } from "../line-arithmetic";

export type TariffPrice = typeof tariffPrices.$inferSelect;

/** Every price row of the tariffs, newest «Действует с» first, grouped by tariff. */
export async function loadTariffPrices(db: Db, orgId: string, tariffIds: readonly string[]): Promise<Map<string, TariffPrice[]>> {
  const byTariff = new Map<string, TariffPrice[]>();
  if (tariffIds.length === 0) return byTariff;
  const rows = await db
    .select()
    .from(tariffPrices)
    .where(and(eq(tariffPrices.orgId, orgId), inArray(tariffPrices.tariffId, [...tariffIds])))
    .orderBy(desc(tariffPrices.validFrom));
  for (const row of rows) byTariff.set(row.tariffId, [...(byTariff.get(row.tariffId) ?? []), row]);
  return byTariff;
}

/**
 * The price in force on `date` (ISO): the latest row from that date or before. A tariff whose only prices start
 * later has none in force yet: then the earliest coming one, so the list still shows what will be charged.
 */
export function priceOn(prices: readonly TariffPrice[], date: string): { price: TariffPrice; upcoming: boolean } | null {
  const newestFirst = [...prices].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  const current = newestFirst.find((p) => p.validFrom <= date);
  if (current) return { price: current, upcoming: false };
  const first = newestFirst.at(-1);
  return first ? { price: first, upcoming: true } : null;
}

/** «42,15» for one zone, «Т1 5,12 · Т2 2,10» for zoned electricity. */
export function zonePricesText(price: Pick<TariffPrice, "price1E4" | "price2E4" | "price3E4">, zones: number): string {
  const all = [price.price1E4, price.price2E4, price.price3E4].slice(0, zones);
  if (zones === 1) return formatPriceE4(price.price1E4);
  return all.map((p, i) => `Т${i + 1} ${p === null ? "—" : formatPriceE4(p)}`).join(" · ");
}
