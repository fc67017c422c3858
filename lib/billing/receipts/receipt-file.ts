import { invoices, personalAccounts, type InvoicePdfType, type InvoiceStatus } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError, notFound } from "@/lib/core/errors";
import { readDocument } from "@/lib/files/file-store";
import { loadReceiptData } from "./receipt-data";
import { renderReceiptsPdf } from "./render-receipt";

/** A file to send, or «Квитанция отсутствует»: not an error of the caller's, a fact the answer states in Russian. */
export type ReceiptFile = { kind: "file"; body: Buffer; fileName: string } | { kind: "none"; message: string };

/** What deciding and naming an invoice's receipt needs; select it with `receiptSourceColumns` joined to the account. */
export const receiptSourceColumns = {
  id: invoices.id,
  orgId: invoices.orgId,
  status: invoices.status,
  pdfType: invoices.pdfType,
  pdfFileKey: invoices.pdfFileKey,
  pdfFileName: invoices.pdfFileName,
  period: invoices.period,
  accountNumber: personalAccounts.number,
};

export type ReceiptSource = {
  id: string;
  orgId: string;
  status: InvoiceStatus;
  pdfType: InvoicePdfType;
  pdfFileKey: string | null;
  pdfFileName: string | null;
  period: string;
  accountNumber: string;
};

/**
 * The PDF of an invoice the caller may see (staff and the cabinet check that first), by its «Тип PDF» (seed 000 §11):
 * «Сформирован» renders our ЕПД now, from the invoice as it is; «Загружен» is the file staff uploaded; «Квитанция
 * отсутствует» has none. A cancelled invoice has no receipt to pay by.
 */
export async function receiptFile(db: Db, invoice: ReceiptSource): Promise<ReceiptFile> {
  if (invoice.status === "cancelled") throw new AppError("NOT_FOUND", "Счёт аннулирован, квитанции по нему нет");
  const fileName = `Квитанция ${invoice.accountNumber} ${invoice.period}.pdf`;
  if (invoice.pdfType === "none") return { kind: "none", message: "Квитанция по этому счёту отсутствует" };
  if (invoice.pdfType === "uploaded") {
    // Stored like a premise document by the invoice card's upload (lib/billing/invoices/invoice-pdf-file.ts).
    if (!invoice.pdfFileKey) throw notFound("Файл квитанции");
    return { kind: "file", body: await readDocument(invoice.orgId, invoice.pdfFileKey), fileName: invoice.pdfFileName ?? fileName };
  }
  const data = await loadReceiptData(db, invoice.orgId, [invoice.id]);
  return { kind: "file", body: await renderReceiptsPdf(data), fileName };
}
