import { z } from "zod";
import { parseKopecks } from "@/lib/exchange/decimal";
import { boundedString } from "@/lib/validation/bounded-string";
import { emailSchema } from "@/lib/validation/schemas";

/** «1 234,56» → kopecks; blank = pay exactly what the invoices ask. */
const amountSchema = boundedString(20, "Сумма")
  .transform((text, ctx) => {
    const cleaned = text.replace(/\s/g, "").replace(",", ".");
    if (cleaned === "") return null;
    const kopecks = parseKopecks(cleaned);
    if (kopecks === null || kopecks <= 0n) {
      ctx.addIssue({ code: "custom", message: "Введите сумму в рублях, например 1500,50" });
      return z.NEVER;
    }
    return kopecks;
  })
  .optional()
  .transform((v) => v ?? null);

/**
 * What the resident pays from the cabinet: chosen invoices (one, a premise's group, or every premise's), or — with
 * no invoice — an advance to a premise's account; the insurance checkbox; the receipt email.
 */
export const startPaymentSchema = z
  .object({
    invoiceIds: z.array(z.uuid()).max(200).default([]),
    /** The premise of the payment: needed for an advance and for insurance. */
    premiseId: z.uuid().optional(),
    /** The account an advance goes to; the premise's first visible account when omitted. */
    accountId: z.uuid().optional(),
    amount: amountSchema,
    insurance: z.boolean().default(false),
    receiptEmail: z.union([z.literal(""), emailSchema]).optional(),
    savedMethodId: z.uuid().optional(),
    saveCard: z.boolean().default(false),
  })
  .refine((v) => v.invoiceIds.length > 0 || v.premiseId, { message: "Выберите счета для оплаты", path: ["invoiceIds"] });

export type StartPaymentInput = z.output<typeof startPaymentSchema>;
