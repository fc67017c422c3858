import { AppError, notFound } from "@/lib/core/errors";
import { parsePaymentQr } from "@/lib/billing/receipts/payment-qr";
import { listMyPremises } from "../premises/list-my-premises";
import type { ResidentContext } from "../resident-context";

export type QrPayment = { premiseId: string; accountId: string; sumKopecks: bigint | null };

/**
 * A paper receipt's ГОСТ Р 56042 QR, read by the resident's camera: its PersAcc must be an account of the resident's
 * own premises (else «не найден», so a QR cannot probe other accounts), its Sum — kopecks — pre-fills the amount.
 */
export async function resolvePaymentQr(ctx: ResidentContext, text: string): Promise<QrPayment> {
  const fields = parsePaymentQr(text.trim());
  if (!fields) throw new AppError("VALIDATION", "Это не QR-код для оплаты квитанции");
  const number = fields.get("persacc")?.trim();
  if (!number) throw new AppError("VALIDATION", "В QR-коде нет номера лицевого счёта");
  const account = (await listMyPremises(ctx)).flatMap((p) => p.accounts).find((a) => a.number === number);
  if (!account) throw notFound("Лицевой счёт из QR-кода");
  const sum = fields.get("sum")?.trim();
  return { premiseId: account.premiseId, accountId: account.id, sumKopecks: sum && /^\d{1,12}$/.test(sum) && sum !== "0" ? BigInt(sum) : null };
}
