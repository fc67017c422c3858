import { receiptFile, type ReceiptFile } from "@/lib/billing/receipts/receipt-file";
import type { ResidentContext } from "../resident-context";
import { findMyInvoice } from "./get-my-invoice";

/** «Скачать квитанцию» in the cabinet: the same PDF staff print, for the resident's own issued invoice only. */
export async function openMyInvoiceReceipt(ctx: ResidentContext, premiseId: string, invoiceId: string): Promise<ReceiptFile> {
  const { invoice } = await findMyInvoice(ctx, premiseId, invoiceId);
  return receiptFile(ctx.db, invoice);
}
