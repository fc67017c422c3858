import { revalidatePath } from "next/cache";
import { uploadRoute } from "@/app/_server/upload-route";
import { uploadInvoicePdf } from "@/lib/billing/invoices/invoice-pdf-file";
import { fileRuleMessages, MAX_RECEIPT_PDF_BYTES } from "@/lib/files/file-rules";
import { invoicePdfUploadSchema } from "@/lib/billing/invoices/invoice-schema";

/** The PDF receipt of an invoice whose receipts are «Загружен», streamed to storage. */
export const POST = uploadRoute(
  "finance.invoices.edit",
  invoicePdfUploadSchema,
  { maxBytes: MAX_RECEIPT_PDF_BYTES, tooLarge: fileRuleMessages.receiptTooLarge },
  async (ctx, { invoiceId }, file) => {
    const saved = await uploadInvoicePdf(ctx, invoiceId, file);
    revalidatePath("/crm/invoices", "layout");
    return saved;
  },
);
