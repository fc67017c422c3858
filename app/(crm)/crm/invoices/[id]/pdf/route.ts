import { staffRoute } from "@/app/_server/staff-route";
import { readInvoicePdf } from "@/lib/billing/invoices/invoice-pdf-file";
import { AppError } from "@/lib/core/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Downloads the receipt uploaded for an invoice («Загружен»), for staff who see the invoice. */
export const GET = staffRoute("finance.invoices.view", async (ctx, request) => {
  const id = new URL(request.url).pathname.split("/").at(-2) ?? "";
  if (!UUID.test(id)) throw new AppError("NOT_FOUND", "Счёт не найден");
  const file = await readInvoicePdf(ctx, id);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
