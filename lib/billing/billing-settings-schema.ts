import { z } from "zod";
import { wholeNumber } from "@/lib/validation/optional-fields";

/** The building's «Платежи» switches (seed 000 §8), as the «Настройки» tab sends them. */
export const buildingPaymentSettingsSchema = z.object({
  buildingId: z.uuid("Неверный объект"),
  onlinePayment: z.boolean(),
  arbitraryAmount: z.boolean(),
  acceptWithoutInvoices: z.boolean(),
  insuranceAfterFullRepayment: z.boolean(),
  insuranceWithAdvance: z.boolean(),
  penaltiesOneLine: z.boolean(),
});

const day = (label: string) => wholeNumber(label, 1, 28).pipe(z.number(`${label}: укажите число от 1 до 28`));

/**
 * The organisation's deadlines and the two penalty questions DOMAIN.md leaves open. Days stop at 28 so that every
 * month has them.
 */
export const billingSettingsSchema = z.object({
  paymentDueDay: day("Срок оплаты"),
  documentDay: day("Срок выставления"),
  penaltyCountsPaymentDay: z.boolean(),
  penaltyDueDayOnTime: z.boolean(),
});
