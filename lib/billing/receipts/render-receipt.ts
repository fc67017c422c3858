import type { Readable } from "node:stream";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import type { InvoiceType } from "@/db/schema";
import { buildPaymentQr, paymentPurpose, renderPaymentQrPng } from "./payment-qr";
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

async function withImages(receipts: readonly ReceiptData[]): Promise<{ data: ReceiptData; images: ReceiptImages }[]> {
  return Promise.all(receipts.map(async (data) => ({ data, images: { qr: await Promise.all(receiptQrPayloads(data).map(renderPaymentQrPng)) } })));
}

// Called as a function, not mounted as a component: react-pdf wants the <Document> element itself at the root.
const documentOf = async (receipts: readonly ReceiptData[]) => ReceiptsDocument({ receipts: await withImages(receipts) });

/** The PDF of one or a few receipts, whole. */
export async function renderReceiptsPdf(receipts: readonly ReceiptData[]): Promise<Buffer> {
  return renderToBuffer(await documentOf(receipts));
}

/** A building's batch, streamed as it is written (into storage), so a thousand pages are never one buffer. */
export async function streamReceiptsPdf(receipts: readonly ReceiptData[]): Promise<Readable> {
  return (await renderToStream(await documentOf(receipts))) as unknown as Readable;
}
