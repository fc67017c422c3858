import { z } from "zod";
import { parseKopecks } from "@/lib/exchange/decimal";
import { boundedString } from "@/lib/validation/bounded-string";

/** «Вернуть» on the payment card: the sum in roubles as typed («1 234,56») becomes kopecks without floats. */
export const refundPaymentSchema = z.object({
  paymentId: z.uuid("Неверный идентификатор платежа"),
  amountKopecks: boundedString(20, "Сумма").transform((text, ctx) => {
    const kopecks = parseKopecks(text.replace(/\s/g, "").replace(",", "."));
    if (kopecks === null || kopecks <= 0n) {
      ctx.addIssue({ code: "custom", message: "Введите сумму в рублях, например 1500,50" });
      return z.NEVER;
    }
    return kopecks;
  }),
  reason: boundedString(500, "Причина").trim().min(3, "Укажите причину возврата"),
});
