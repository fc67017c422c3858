import { Readable } from "node:stream";
import type { ReceiptFile } from "@/lib/billing/receipts/receipt-file";

/** A PDF download: a buffer or a stream, named, never cached by a shared cache, never sniffed into something else. */
export function pdfResponse(body: Buffer | Readable, fileName: string): Response {
  const content = Buffer.isBuffer(body) ? new Uint8Array(body) : (Readable.toWeb(body) as ReadableStream<Uint8Array>);
  return new Response(content, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** An invoice's receipt, or a 404 that says in Russian why there is none (the person opened a link, not a script). */
export function receiptResponse(file: ReceiptFile): Response {
  if (file.kind === "file") return pdfResponse(file.body, file.fileName);
  return new Response(file.message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}
