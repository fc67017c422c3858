import { z } from "zod";
import type { InvoiceType } from "@/db/schema";
import { parseKopecks } from "@/lib/exchange/decimal";
import { boundedString } from "@/lib/validation/bounded-string";
import { emailSchema, optionalText } from "@/lib/validation/schemas";

/** The invoice types a resident may pay by autopay (seed 000 resident §7): «прочие» are paid by hand. */
export const autopayInvoiceTypes = ["utilities", "capital_repair", "insurance"] as const satisfies readonly InvoiceType[];
export type AutopayInvoiceType = (typeof autopayInvoiceTypes)[number];

/**
 * One premise's autopay as the resident sets it: which invoices (insurance only together with ЖКУ), when — N days
 * after the invoice is issued or on a day of the month (the 31st is the month's last day) — an optional monthly
 * limit in roubles, the saved card and the email for receipts.
 */
export const autopaySettingsSchema = z
  .object({
    premiseId: z.uuid("Выберите помещение"),
    invoiceTypes: z.array(z.enum(autopayInvoiceTypes)).min(1, "Выберите хотя бы один тип счетов").max(autopayInvoiceTypes.length),
    mode: z.enum(["after_issue", "day_of_month"], "Выберите, когда списывать"),
    daysAfterIssue: z.coerce.number().int("Целое число дней").min(0, "От 0 до 28 дней").max(28, "От 0 до 28 дней").nullish(),
    dayOfMonth: z.coerce.number().int("Число от 1 до 31").min(1, "Число от 1 до 31").max(31, "Число от 1 до 31").nullish(),
    monthlyLimit: boundedString(20)
      .nullish()
      .transform((v, ctx) => {
        if (!v?.trim()) return null;
        const kopecks = parseKopecks(v);
        if (kopecks === null || kopecks <= 0n) {
          ctx.addIssue({ code: "custom", message: "Введите сумму в рублях, например 5000 или 5000,50" });
          return z.NEVER;
        }
        return kopecks;
      }),
    savedMethodId: z.uuid("Выберите карту"),
    email: optionalText(emailSchema).transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.invoiceTypes.includes("insurance") && !v.invoiceTypes.includes("utilities"))
      ctx.addIssue({ code: "custom", path: ["invoiceTypes"], message: "Страхование оплачивается автоматически только вместе со счетами ЖКУ" });
    if (v.mode === "after_issue" && v.daysAfterIssue == null) ctx.addIssue({ code: "custom", path: ["daysAfterIssue"], message: "Укажите, через сколько дней списывать" });
    if (v.mode === "day_of_month" && v.dayOfMonth == null) ctx.addIssue({ code: "custom", path: ["dayOfMonth"], message: "Укажите число месяца" });
  });
export type AutopaySettingsInput = z.output<typeof autopaySettingsSchema>;

export const autopayPremiseSchema = z.object({ premiseId: z.uuid() });
