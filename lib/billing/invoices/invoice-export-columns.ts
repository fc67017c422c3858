import { formatRoubles } from "@/lib/exchange/decimal";
import { formatDateTime } from "@/lib/core/date-time";
import { periodLabel } from "@/lib/meters/collection-window";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import { invoicePdfTypeLabels, invoiceStatusLabels, invoiceTypeLabels } from "../billing-vocabulary";
import type { InvoiceListRow } from "./list-invoices";

const addressOf = (r: InvoiceListRow) => formatPremiseAddress(r.buildingAddress, { type: r.premiseType, number: r.premiseNumber });

/** Kopecks as a number of roubles for a spreadsheet cell (exact below 90 trillion roubles, as formatRoubles says). */
const roubles = (kopecks: bigint) => Number(kopecks) / 100;

export const invoiceExportColumns: ExportColumn<InvoiceListRow>[] = [
  { header: "Статус", value: (r) => invoiceStatusLabels[r.status], width: 14 },
  { header: "Актуальный", value: (r) => (r.isActual ? "да" : "нет"), width: 12 },
  { header: "Тип счёта", value: (r) => invoiceTypeLabels[r.type], width: 20 },
  { header: "Адрес", value: addressOf, width: 45 },
  { header: "Лицевой счёт", value: (r) => r.accountNumber, width: 16 },
  { header: "Период", value: (r) => periodLabel(r.period), width: 16 },
  { header: "Начислено, ₽", value: (r) => roubles(r.accruedKopecks), width: 16 },
  { header: "К оплате, ₽", value: (r) => roubles(r.totalKopecks), width: 16 },
  { header: "Квитанция", value: (r) => invoicePdfTypeLabels[r.pdfType], width: 22 },
  { header: "Выставлен", value: (r) => r.issuedAt, width: 18 },
];

/** A list row as the table shows it: text where the export writes numbers and dates, so it crosses to the browser as JSON. */
export type InvoiceViewRow = Pick<InvoiceListRow, "id" | "status" | "type" | "isActual" | "pdfType" | "hasPdfFile" | "premiseId" | "accountId" | "accountNumber"> & {
  address: string;
  period: string;
  total: string;
  issuedOn: string | null;
};

export function invoiceViewRow(r: InvoiceListRow, timeZone: string): InvoiceViewRow {
  return {
    id: r.id,
    status: r.status,
    type: r.type,
    isActual: r.isActual,
    pdfType: r.pdfType,
    hasPdfFile: r.hasPdfFile,
    premiseId: r.premiseId,
    accountId: r.accountId,
    accountNumber: r.accountNumber,
    address: addressOf(r),
    period: periodLabel(r.period),
    total: formatRoubles(r.totalKopecks),
    issuedOn: r.issuedAt ? formatDateTime(r.issuedAt, timeZone, "date") : null,
  };
}
