import { z } from "zod";
import { receiptResponse } from "@/app/_server/pdf-response";
import { residentRoute } from "@/app/_server/resident-route";
import { notFound } from "@/lib/core/errors";
import { openMyInvoiceReceipt } from "@/lib/residents/invoices/open-my-invoice-receipt";

const params = z.object({ premiseId: z.uuid(), invoiceId: z.uuid() });

/** «Скачать квитанцию»: /cabinet/premises/<premise>/invoices/<invoice>/receipt. */
export const GET = residentRoute(async (ctx, request) => {
  const parts = new URL(request.url).pathname.split("/");
  const parsed = params.safeParse({ premiseId: parts.at(-4), invoiceId: parts.at(-2) });
  if (!parsed.success) throw notFound("Счёт");
  return receiptResponse(await openMyInvoiceReceipt(ctx, parsed.data.premiseId, parsed.data.invoiceId));
});
