import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { formatCalendarDate, formatDateTime } from "@/lib/core/date-time";
import { formatRoubles } from "@/lib/exchange/decimal";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import { paymentProviderLabels, paymentSourceLabels, paymentStatusLabels } from "../payment-vocabulary";
import type { PaymentListRow } from "./list-payments";

const addressOf = (r: PaymentListRow) =>
  r.buildingAddress && r.premiseType && r.premiseNumber ? formatPremiseAddress(r.buildingAddress, { type: r.premiseType, number: r.premiseNumber }) : "";
const typesOf = (r: PaymentListRow) => r.invoiceTypes.map((t) => invoiceTypeLabels[t]).join(", ");
const bankOf = (r: PaymentListRow) => (r.settlementAccount ? `${r.bankName ?? ""} ${r.settlementAccount}`.trim() : "");
const gatewayOf = (r: PaymentListRow) => (r.provider ? `${paymentProviderLabels[r.provider]}${r.gatewayName ? ` · ${r.gatewayName}` : ""}` : "");

/** Kopecks as a number of roubles for a spreadsheet cell (exact below 90 trillion roubles). */
const roubles = (kopecks: bigint) => Number(kopecks) / 100;

export const onlinePaymentExportColumns: ExportColumn<PaymentListRow>[] = [
  { header: "Статус", value: (r) => paymentStatusLabels[r.status], width: 18 },
  { header: "ID платежа", value: (r) => r.providerPaymentId ?? r.id, width: 38 },
  { header: "Тип счёта", value: typesOf, width: 22 },
  { header: "Расчётный счёт", value: bankOf, width: 34 },
  { header: "Плательщик", value: (r) => r.payerName ?? "", width: 28 },
  { header: "Лицевой счёт", value: (r) => r.accountNumber ?? "", width: 16 },
  { header: "Адрес", value: addressOf, width: 45 },
  { header: "Сумма, ₽", value: (r) => roubles(r.chargedKopecks), width: 14 },
  { header: "Комиссия, ₽", value: (r) => roubles(r.commissionKopecks), width: 14 },
  { header: "Фактически, ₽", value: (r) => roubles(r.actualKopecks), width: 14 },
  { header: "Обновлён", value: (r) => r.updatedAt, width: 18 },
  { header: "Чек отправлен", value: (r) => (r.receiptSentAt ? "да" : "нет"), width: 14 },
  { header: "Платёжная система", value: gatewayOf, width: 26 },
];

export const thirdPartyPaymentExportColumns: ExportColumn<PaymentListRow>[] = [
  { header: "ID платежа", value: (r) => r.id, width: 38 },
  { header: "Адрес", value: addressOf, width: 45 },
  { header: "Лицевой счёт", value: (r) => r.accountNumber ?? "", width: 16 },
  { header: "Расчётный счёт", value: bankOf, width: 34 },
  { header: "Тип счёта", value: typesOf, width: 22 },
  { header: "Источник", value: (r) => paymentSourceLabels[r.source], width: 20 },
  { header: "Сумма, ₽", value: (r) => roubles(r.chargedKopecks), width: 14 },
  { header: "Дата", value: (r) => (r.paidOn ? formatCalendarDate(r.paidOn) : (r.paidAt ?? r.createdAt)), width: 18 },
];

/** A list row as the tables show it: text where the export writes numbers and dates, so it crosses to the browser as JSON. */
export type PaymentViewRow = Pick<PaymentListRow, "id" | "status" | "source" | "accountId" | "accountNumber" | "payerName"> & {
  shownId: string;
  types: string;
  bank: string;
  address: string;
  total: string;
  commission: string;
  actual: string;
  updated: string;
  paid: string;
  receiptSent: boolean;
  gateway: string;
};

export function paymentViewRow(r: PaymentListRow, timeZone: string): PaymentViewRow {
  return {
    id: r.id,
    status: r.status,
    source: r.source,
    accountId: r.accountId,
    accountNumber: r.accountNumber,
    payerName: r.payerName,
    shownId: r.providerPaymentId ?? r.id,
    types: typesOf(r),
    bank: bankOf(r),
    address: addressOf(r),
    total: formatRoubles(r.chargedKopecks),
    commission: formatRoubles(r.commissionKopecks),
    actual: formatRoubles(r.actualKopecks),
    updated: formatDateTime(r.updatedAt, timeZone),
    paid: r.paidOn ? formatCalendarDate(r.paidOn) : formatDateTime(r.paidAt ?? r.createdAt, timeZone),
    receiptSent: r.receiptSentAt !== null,
    gateway: gatewayOf(r),
  };
}
