import { formatCalendarDate, formatDateTime } from "@/lib/core/date-time";
import { formatScaledDecimal } from "@/lib/exchange/decimal";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import { invoiceTypeLabels, ledgerKindLabels } from "../billing-vocabulary";
import type { LedgerRow } from "./list-account-ledger";

/** «11.2026» from «2026-11», as periods are written on invoices and in files. */
export const periodText = (period: string | null) => (period ? `${period.slice(5, 7)}.${period.slice(0, 4)}` : "");

/**
 * Where an entry came from, in words: the invoice and its service, the import file, the payment, or the note an
 * adjustment carries. The account page links the invoice; the export writes the same words.
 */
export function ledgerSourceLabel(row: LedgerRow, timeZone: string): string {
  if (row.invoiceId) {
    const type = row.invoiceType ? ` ${invoiceTypeLabels[row.invoiceType]}` : "";
    const invoice = `Счёт${type} за ${periodText(row.invoicePeriod)}`;
    return row.serviceName ? `${invoice} — ${row.serviceName}` : invoice;
  }
  if (row.importFileName !== null) return `Импорт «${row.importFileName}»${row.importedAt ? ` от ${formatDateTime(row.importedAt, timeZone, "date")}` : ""}`;
  if (row.kind === "payment") return row.note ? `Оплата: ${row.note}` : "Оплата";
  return row.note ?? "";
}

const roubles = (kopecks: bigint) => Number(formatScaledDecimal(kopecks, 2));

/** A registry export's columns with «Долг, ₽» at the end when its rows carry the debt (the employee may see money). */
export function withDebtColumn<T extends { debtKopecks: bigint | null }>(columns: readonly ExportColumn<T>[], seesMoney: boolean): readonly ExportColumn<T>[] {
  return seesMoney ? [...columns, { header: "Долг, ₽", value: (r) => (r.debtKopecks === null ? null : roubles(r.debtKopecks)), width: 14 }] : columns;
}

export const ledgerExportColumns = (timeZone: string): ExportColumn<LedgerRow>[] => [
  { header: "Дата", value: (r) => formatCalendarDate(r.occurredOn), width: 12 },
  { header: "Период", value: (r) => periodText(r.period), width: 10 },
  { header: "Вид", value: (r) => ledgerKindLabels[r.kind], width: 22 },
  { header: "Источник", value: (r) => ledgerSourceLabel(r, timeZone), width: 50 },
  { header: "Сумма, ₽", value: (r) => roubles(r.amountKopecks), width: 14 },
  { header: "Остаток, ₽", value: (r) => roubles(r.runningKopecks), width: 14 },
];
