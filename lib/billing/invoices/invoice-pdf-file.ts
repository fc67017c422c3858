import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { invoices } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { fileRuleMessages, MAX_RECEIPT_PDF_BYTES } from "@/lib/files/file-rules";
import { readDocument, storeUpload } from "@/lib/files/file-store";
import type { UploadBody } from "@/lib/storage/storage";
import { findInvoice } from "./find-invoice";


function assertTakesUpload(invoice: { pdfType: string; status: string }) {
  if (invoice.pdfType !== "uploaded") throw new AppError("CONFLICT", "Файл загружается для счёта с типом квитанции «Загружен»");
  if (invoice.status === "cancelled") throw new AppError("CONFLICT", "Счёт аннулирован: квитанцию к нему не загрузить");
}

/**
 * The receipt of an invoice with PDF type «Загружен» (seed 000 §11): a PDF by its bytes, whatever the name says,
 * stored like a premise document (keys under the organisation's documents/, read back through readDocument). It may
 * come after the invoice is issued — it is the paper, not the money — and replaces an earlier file.
 */
export async function uploadInvoicePdf(ctx: StaffContext, invoiceId: string, file: UploadBody) {
  assertPermission(ctx, "finance.invoices.edit");
  assertTakesUpload(await findInvoice(ctx.db, ctx, invoiceId));
  const stored = await storeUpload(file, { maxBytes: MAX_RECEIPT_PDF_BYTES, tooLarge: fileRuleMessages.receiptTooLarge }, (detected) => {
    if (detected?.mime !== "application/pdf") throw new AppError("VALIDATION", fileRuleMessages.notPdf);
    return { key: `${ctx.orgId}/documents/${randomUUID()}`, contentType: detected.mime };
  });
  const fileName = (file.name.slice(0, 255) || "квитанция.pdf").replace(/(\.pdf)?$/i, ".pdf");
  return ctx.db.transaction(async (tx) => {
    const before = await findInvoice(tx, ctx, invoiceId, { lock: true });
    assertTakesUpload(before);
    await tx.update(invoices).set({ pdfFileKey: stored.key, pdfFileName: fileName, updatedAt: new Date() }).where(eq(invoices.id, invoiceId));
    await writeAudit(tx, ctx, { action: "invoice.pdf_uploaded", entityType: "invoice", entityId: invoiceId, before: { pdfFileName: before.pdfFileName }, after: { pdfFileName: fileName, size: stored.size } });
    return { fileName };
  });
}

/** The uploaded receipt for download, after the invoice is found to be the caller's and in their buildings. */
export async function readInvoicePdf(ctx: StaffContext, invoiceId: string) {
  assertPermission(ctx, "finance.invoices.view");
  const invoice = await findInvoice(ctx.db, ctx, invoiceId);
  if (!invoice.pdfFileKey) throw notFound("Файл");
  return { bytes: await readDocument(ctx.orgId, invoice.pdfFileKey), fileName: invoice.pdfFileName ?? "квитанция.pdf" };
}
