import { and, desc, eq } from "drizzle-orm";
import { invoices, personalAccounts, type InvoicePdfType } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { invoiceMoney } from "@/lib/billing/line-arithmetic";
import { receiptSourceColumns } from "@/lib/billing/receipts/receipt-file";
import { loadReceiptData, type ReceiptData, type ReceiptLine, type ReceiptPayee } from "@/lib/billing/receipts/receipt-data";
import type { ResidentContext } from "../resident-context";
import { myInvoicesScope } from "./my-invoices-query";

export const OTHER_SERVICES = "Прочие услуги";

export type MyInvoiceService = {
  name: string;
  unit: string | null;
  qtyMilli: bigint | null;
  pricesE4: bigint[];
  accruedKopecks: bigint;
  recalculationKopecks: bigint;
  benefitKopecks: bigint;
  /** Shown inside the service only when the building does not put penalties in one block. */
  penaltyKopecks: bigint;
  paidKopecks: bigint;
  openingDebtKopecks: bigint;
  /** What the service asks for; without its penalty when penalties are a block of their own. */
  totalKopecks: bigint;
};

export type MyInvoice = Pick<ReceiptData, "invoiceId" | "type" | "period" | "dueDate" | "accountNumber" | "els" | "isActual" | "money" | "provider"> & {
  premiseId: string;
  address: string;
  services: MyInvoiceService[];
  /** «Отображать пени одной строкой» (the building's setting): the penalties by service, else null. */
  penalties: { name: string; kopecks: bigint }[] | null;
  payees: ReceiptPayee[];
  /** The account's other invoices of this type, newest first, to move between months. */
  history: { id: string; period: string }[];
  hasReceipt: boolean;
};

const serviceName = (l: ReceiptLine) => (l.kind === "common" ? `${l.serviceName} (ОДН)` : l.serviceName);

/**
 * Services of the invoice as the resident reads them. A tariff staff hid from the cabinet («Отображать в ЛК» off) still
 * counts — the amount due is the same as on paper — but is shown as one «Прочие услуги» row with its sums only, no
 * name, volume or price.
 */
function cabinetServices(lines: readonly ReceiptLine[], penaltiesApart: boolean): MyInvoiceService[] {
  const hidden = lines.filter((l) => !l.shownInCabinet);
  const shown = lines.filter((l) => l.shownInCabinet).map((l) => ({ name: serviceName(l), unit: l.unit, qtyMilli: l.qtyMilli, pricesE4: l.zonePricesE4, ...moneyOf([l]) }));
  const rows = hidden.length ? [...shown, { name: OTHER_SERVICES, unit: null, qtyMilli: null, pricesE4: [], ...moneyOf(hidden) }] : shown;
  return penaltiesApart ? rows.map((r) => ({ ...r, totalKopecks: r.totalKopecks - r.penaltyKopecks, penaltyKopecks: 0n })) : rows;
}

/** A row's sums: the invoice arithmetic over its lines, with no opening balance (that is the invoice's, not a row's). */
const moneyOf = (lines: readonly ReceiptLine[]) => invoiceMoney(lines, 0n);

/** The resident's own issued invoice of a premise (seed 000, resident §2); anything else is «не найден». */
export async function findMyInvoice(ctx: ResidentContext, premiseId: string, invoiceId: string) {
  const { mine, where } = await myInvoicesScope(ctx, premiseId);
  const [invoice] = await ctx.db
    .select({ ...receiptSourceColumns, accountId: invoices.accountId, type: invoices.type })
    .from(invoices)
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
    .where(where(eq(invoices.id, invoiceId)));
  if (!invoice) throw notFound("Счёт");
  return { mine, where, invoice };
}

export async function getMyInvoice(ctx: ResidentContext, premiseId: string, invoiceId: string): Promise<MyInvoice> {
  const { where, invoice } = await findMyInvoice(ctx, premiseId, invoiceId);
  const [[data], history] = await Promise.all([
    loadReceiptData(ctx.db, invoice.orgId, [invoice.id]),
    ctx.db
      .select({ id: invoices.id, period: invoices.period })
      .from(invoices)
      .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
      .where(where(and(eq(invoices.accountId, invoice.accountId), eq(invoices.type, invoice.type))))
      .orderBy(desc(invoices.period), desc(invoices.isActual)),
  ]);
  if (!data) throw notFound("Счёт");
  const penaltiesApart = data.penaltiesOneLine;
  return {
    invoiceId: data.invoiceId,
    premiseId,
    address: data.payer.address,
    type: data.type,
    period: data.period,
    dueDate: data.dueDate,
    accountNumber: data.accountNumber,
    els: data.els,
    isActual: data.isActual,
    money: data.money,
    provider: data.provider,
    services: cabinetServices(data.lines, penaltiesApart),
    penalties: penaltiesApart ? cabinetServices(data.lines, false).filter((s) => s.penaltyKopecks !== 0n).map((s) => ({ name: s.name, kopecks: s.penaltyKopecks })) : null,
    payees: data.payees,
    history,
    hasReceipt: (invoice.pdfType as InvoicePdfType) !== "none",
  };
}
