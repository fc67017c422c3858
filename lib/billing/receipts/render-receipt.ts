import { renderToBuffer } from "@react-pdf/renderer";
import { PDFDocument } from "pdf-lib";
import type { InvoiceType } from "@/db/schema";
import { buildPaymentQr, paymentPurpose, paymentQrPath } from "./payment-qr";
import type { ReceiptData } from "./receipt-data";
import { ReceiptsDocument, type ReceiptImages } from "./receipt-document";

/** What the bank shows as the purpose: «Оплата ЖКУ за 03.2026, ЛС 1234567». */
const purposeWords: Record<InvoiceType, string> = { utilities: "ЖКУ", capital_repair: "взноса на капремонт", insurance: "страхования", other: "услуг" };

/**
 * One QR per payee, each asking for that payee's share; with one payee (the usual case) Sum is the amount due. An
 * advance (nothing due) leaves Sum out, so the payer's bank asks for the amount.
 */
export function receiptQrPayloads(data: ReceiptData): string[] {
  const single = data.payees.length === 1;
  return data.payees.map((payee) =>
    buildPaymentQr({
      name: payee.name,
      personalAcc: payee.settlementAccount,
      bankName: payee.bankName,
      bic: payee.bic,
      correspAcc: payee.correspondentAccount,
      payeeInn: payee.inn,
      kpp: payee.kpp,
      sumKopecks: single ? data.money.totalKopecks : payee.dueKopecks,
      purpose: paymentPurpose(purposeWords[data.type], data.period, data.accountNumber),
      persAcc: data.accountNumber,
      period: data.period,
      lastName: data.payer.lastName,
      firstName: data.payer.firstName,
      middleName: data.payer.middleName,
      payerAddress: data.payer.address,
    }),
  );
}

const withImages = (receipts: readonly ReceiptData[]): { data: ReceiptData; images: ReceiptImages }[] =>
  receipts.map((data) => ({ data, images: { qr: receiptQrPayloads(data).map(paymentQrPath) } }));

// Called as a function, not mounted as a component: react-pdf wants the <Document> element itself at the root.
const documentOf = (receipts: readonly ReceiptData[]) => ReceiptsDocument({ receipts: withImages(receipts) });

/** The PDF of one or a few receipts, whole. */
export async function renderReceiptsPdf(receipts: readonly ReceiptData[]): Promise<Buffer> {
  return renderToBuffer(documentOf(receipts));
}

/**
 * Many receipts as one PDF: react-pdf lays a whole document out in memory before writing it (a 1,000-page document
 * took 4 GB and three times as long per page), so the receipts are rendered `chunk` at a time and their pages copied
 * into one file with pdf-lib. `onChunk` hears how many are done, for the job's progress.
 */
export async function renderReceiptsBatchPdf(receipts: readonly ReceiptData[], onChunk?: (done: number) => void | Promise<void>, chunk = 50): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  merged.setTitle("Единые платёжные документы");
  merged.setLanguage("ru");
  for (let i = 0; i < receipts.length; i += chunk) {
    const part = await PDFDocument.load(await renderReceiptsPdf(receipts.slice(i, i + chunk)));
    for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page);
    await onChunk?.(Math.min(i + chunk, receipts.length));
  }
  return merged.save();
}
