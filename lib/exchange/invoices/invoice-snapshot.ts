import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { invoices, personalAccounts, premises, tariffPrices, tariffs, type InvoiceStatus, type InvoiceType, type TariffType } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope, inScope } from "@/lib/org/building-scope";
import { chunks } from "../plan/bulk-sql";
import { textKey } from "../text-key";

export type ImportAccount = { id: string; number: string; premiseId: string; buildingId: string; inScope: boolean };

export type ImportTariff = {
  id: string;
  buildingId: string;
  name: string;
  code: string | null;
  type: TariffType;
  zones: number;
  unit: string;
  vatRate: number | null;
  /** Oldest first. */
  prices: { validFrom: string; price1E4: bigint; price2E4: bigint | null; price3E4: bigint | null }[];
};

/** The accounts a file names, by number (active ones only), with their premise, building and whether the employee may touch it. */
export async function loadImportAccounts(ctx: StaffContext, numbers: readonly string[]): Promise<Map<string, ImportAccount>> {
  const found = new Map<string, ImportAccount>();
  for (const chunk of chunks([...new Set(numbers)])) {
    const rows = await ctx.db
      .select({ id: personalAccounts.id, number: personalAccounts.number, premiseId: premises.id, buildingId: premises.buildingId, inScope: inScope(buildingScope(ctx, premises.buildingId)) })
      .from(personalAccounts)
      .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
      .where(and(eq(personalAccounts.orgId, ctx.orgId), isNull(personalAccounts.archivedAt), inArray(personalAccounts.number, chunk)));
    for (const row of rows) found.set(row.number, row);
  }
  return found;
}

/** The active tariffs of these buildings with their price history, and a finder by code or by name within a building. */
export async function loadImportTariffs(ctx: StaffContext, buildingIds: readonly string[]) {
  const byBuilding = new Map<string, ImportTariff[]>();
  if (buildingIds.length) {
    const rows = await ctx.db
      .select({ tariff: tariffs, price: tariffPrices })
      .from(tariffs)
      .leftJoin(tariffPrices, eq(tariffPrices.tariffId, tariffs.id))
      .where(and(eq(tariffs.orgId, ctx.orgId), isNull(tariffs.archivedAt), inArray(tariffs.buildingId, [...new Set(buildingIds)])))
      .orderBy(asc(tariffs.position), asc(tariffs.name), asc(tariffPrices.validFrom));
    const byId = new Map<string, ImportTariff>();
    for (const { tariff: t, price: p } of rows) {
      let entry = byId.get(t.id);
      if (!entry) {
        entry = { id: t.id, buildingId: t.buildingId, name: t.name, code: t.code, type: t.type, zones: t.zones, unit: t.unit, vatRate: t.vatRate, prices: [] };
        byId.set(t.id, entry);
        byBuilding.set(t.buildingId, [...(byBuilding.get(t.buildingId) ?? []), entry]);
      }
      if (p) entry.prices.push({ validFrom: p.validFrom, price1E4: p.price1E4, price2E4: p.price2E4, price3E4: p.price3E4 });
    }
  }
  /** A code matches before a name, as a code is what accounting programs export. */
  return (buildingId: string, service: string): ImportTariff | undefined => {
    const key = textKey(service);
    const candidates = byBuilding.get(buildingId) ?? [];
    return candidates.find((t) => t.code !== null && textKey(t.code) === key) ?? candidates.find((t) => textKey(t.name) === key);
  };
}

/** The price in force on the first day of the period, or undefined when the tariff had none yet. */
export const priceInForce = (tariff: ImportTariff, period: string) => tariff.prices.filter((p) => p.validFrom <= `${period}-01`).at(-1);

/** What an invoice line keeps of the tariff it was priced with. */
export const tariffSnapshot = (tariff: ImportTariff, prices: { price1E4: bigint; price2E4: bigint | null; price3E4: bigint | null }) => ({
  id: tariff.id,
  name: tariff.name,
  code: tariff.code,
  type: tariff.type,
  unit: tariff.unit,
  zones: tariff.zones,
  vatRate: tariff.vatRate,
  price1E4: prices.price1E4.toString(),
  price2E4: prices.price2E4?.toString() ?? null,
  price3E4: prices.price3E4?.toString() ?? null,
});

export const invoiceKey = (accountId: string, type: InvoiceType, period: string) => `${accountId}|${type}|${period}`;

/** The accounts' current actual invoices (not cancelled), by invoiceKey: an import may not add a second one. */
export async function loadActualInvoices(ctx: StaffContext, accountIds: readonly string[]): Promise<Map<string, InvoiceStatus>> {
  const taken = new Map<string, InvoiceStatus>();
  for (const chunk of chunks([...new Set(accountIds)])) {
    const rows = await ctx.db
      .select({ accountId: invoices.accountId, type: invoices.type, period: invoices.period, status: invoices.status })
      .from(invoices)
      .where(and(eq(invoices.orgId, ctx.orgId), inArray(invoices.accountId, chunk), eq(invoices.isActual, true), ne(invoices.status, "cancelled")));
    for (const row of rows) taken.set(invoiceKey(row.accountId, row.type, row.period), row.status);
  }
  return taken;
}
