import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, invoiceLines, invoices, legalEntities, tariffPrices, tariffs, type InvoiceStatus, type InvoiceType } from "@/db/schema";
import { accruedKopecks, lineTotalKopecks } from "@/lib/billing/line-arithmetic";
import { postInvoices } from "@/lib/billing/issue-invoices";
import { refreshInvoiceTotals } from "@/lib/billing/refresh-invoice-totals";

type TariffRow = typeof tariffs.$inferInsert;

/** A payee for tariffs: a legal entity with a default bank account, as a building's settings would have. */
export async function makePayee(db: Db, orgId: string, label = "Тест") {
  const [entity] = await db.insert(legalEntities).values({ orgId, name: `ООО «${label}»`, inn: "7707083893", kpp: "773601001" }).returning();
  const [account] = await db
    .insert(bankAccounts)
    .values({ orgId, legalEntityId: entity!.id, bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225", isDefault: true })
    .returning();
  return { legalEntity: entity!, bankAccount: account! };
}

/**
 * A tariff written straight into the tables (the tariff service has its own tests), with one price from
 * `validFrom`. Prices are "e4" (ten-thousandths of a rouble), norms "milli".
 */
export async function makeTariff(
  db: Db,
  orgId: string,
  payee: { legalEntityId: string; bankAccountId: string },
  values: Partial<TariffRow> & { buildingId: string },
  price: { validFrom?: string; price1E4?: bigint; price2E4?: bigint; price3E4?: bigint; normMilli?: bigint; commonNormMilli?: bigint } = {},
) {
  const [tariff] = await db
    .insert(tariffs)
    .values({ orgId, name: "Холодное водоснабжение", code: "ХВС", type: "utility", unit: "м³", method: "manual", ...payee, ...values })
    .returning();
  await db.insert(tariffPrices).values({ orgId, tariffId: tariff!.id, validFrom: "2020-01-01", price1E4: 500_000n, ...price });
  return tariff!;
}

export type FixtureLine = {
  tariffId?: string | null;
  serviceName?: string;
  unit?: string;
  qty1Milli?: bigint;
  price1E4?: bigint;
  recalculationKopecks?: bigint;
  benefitKopecks?: bigint;
  penaltyKopecks?: bigint;
};

/**
 * An invoice with lines priced by the real line arithmetic and its totals set by refreshInvoiceTotals. Drafts by
 * default; `status: "issued"` issues it through postInvoices, so the ledger holds its entries as in production.
 */
export async function makeInvoice(
  db: Db,
  orgId: string,
  invoice: { buildingId: string; premiseId: string; accountId: string; period?: string; type?: InvoiceType; status?: InvoiceStatus; isActual?: boolean; openingBalanceKopecks?: bigint },
  lines: readonly FixtureLine[] = [{}],
) {
  const [row] = await db
    .insert(invoices)
    .values({ orgId, period: "2026-03", type: "utilities", ...invoice, status: "draft" })
    .returning();
  if (lines.length) {
    await db.insert(invoiceLines).values(
      lines.map((line, position) => {
        const qty1Milli = line.qty1Milli ?? 10_000n;
        const price1E4 = line.price1E4 ?? 500_000n;
        const money = {
          accruedKopecks: accruedKopecks([{ qtyMilli: qty1Milli, priceE4: price1E4 }]),
          openingDebtKopecks: 0n,
          recalculationKopecks: line.recalculationKopecks ?? 0n,
          benefitKopecks: line.benefitKopecks ?? 0n,
          penaltyKopecks: line.penaltyKopecks ?? 0n,
          paidKopecks: 0n,
        };
        return {
          orgId,
          invoiceId: row!.id,
          tariffId: line.tariffId ?? null,
          position,
          serviceName: line.serviceName ?? "Холодное водоснабжение",
          unit: line.unit ?? "м³",
          tariff: { name: line.serviceName ?? "Холодное водоснабжение" },
          qty1Milli,
          price1E4,
          ...money,
          totalKopecks: lineTotalKopecks(money),
        };
      }),
    );
  }
  await refreshInvoiceTotals(db, orgId, [row!.id]);
  if (invoice.status === "issued") await postInvoices(db, { orgId, actor: { type: "system", name: "Тест" }, buildingIds: null }, { invoiceIds: [row!.id] });
  const [saved] = await db.select().from(invoices).where(eq(invoices.id, row!.id));
  return saved!;
}
