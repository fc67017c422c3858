import { z } from "zod";
import { receiptResponse } from "@/app/_server/pdf-response";
import { staffRoute } from "@/app/_server/staff-route";
import { notFound } from "@/lib/core/errors";
import { openInvoiceReceipt } from "@/lib/billing/receipts/open-invoice-receipt";

/** The invoice's receipt (ЕПД) as a PDF: generated now, or the file uploaded for it. */
export const GET = staffRoute("finance.invoices.view", async (ctx, request) => {
  const id = z.uuid().safeParse(new URL(request.url).pathname.split("/").at(-2));
  if (!id.success) throw notFound("Счёт");
  return receiptResponse(await openInvoiceReceipt(ctx, id.data));
});
