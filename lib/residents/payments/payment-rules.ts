import type { InvoiceType } from "@/db/schema";
import { AppError } from "@/lib/core/errors";

/** The building's payment options (seed 000 §8) as the cabinet obeys them. */
export type BuildingPaymentSettings = {
  onlinePayment: boolean;
  arbitraryAmount: boolean;
  acceptWithoutInvoices: boolean;
  insuranceAfterFullRepayment: boolean;
  insuranceWithAdvance: boolean;
};

/** The groups a premise's invoices are paid in (seed 000, resident §3): insurance is paid only along with ЖКУ. */
export type PayGroup = "housing" | "capital_repair" | "other";
export const payGroupOf = (type: InvoiceType): PayGroup => (type === "utilities" || type === "insurance" ? "housing" : type);
export const payGroupLabels: Record<PayGroup, string> = { housing: "ЖКУ", capital_repair: "Капитальный ремонт", other: "Иные услуги" };

/**
 * What a set of invoices asks for. An invoice opens with its type's unpaid balance (billing's openingBalance), so per
 * account and type the newest one already asks for the older ones' debt: that one counts, the others are not added.
 */
export function debtOf(invoices: readonly { account: string; type: InvoiceType; period: string; dueKopecks: bigint }[]): bigint {
  const newest = new Map<string, { period: string; dueKopecks: bigint }>();
  for (const i of invoices) {
    const key = `${i.account}:${i.type}`;
    const seen = newest.get(key);
    if (!seen || i.period > seen.period) newest.set(key, i);
  }
  return [...newest.values()].reduce((sum, i) => sum + i.dueKopecks, 0n);
}

export const INSURANCE_AFTER_REPAYMENT_WARNING = "Для оплаты страховки за жильё нужно полностью погасить долг по ЖКУ";

/** What the resident asked to pay, after their invoices were found. */
export type PaymentChoice = {
  settings: BuildingPaymentSettings;
  /** The chosen invoices' types (insurance excluded: that is `insuranceKopecks`) and what they ask (debtOf). */
  types: InvoiceType[];
  dueKopecks: bigint;
  /** The amount the resident typed; null = exactly what the invoices ask. */
  amountKopecks: bigint | null;
  /** Σ of the insurance invoices added by the checkbox; null when not ticked. */
  insuranceKopecks: bigint | null;
  /** Paying several premises at once: insurance is not offered then (seed 000, resident §4). */
  severalPremises: boolean;
};

const refuse = (message: string, field?: string) => new AppError("VALIDATION", message, field ? { [field]: [message] } : undefined);

/**
 * The building's rules for one payment: an amount other than the invoices' and an advance only with «Произвольная
 * сумма оплаты»; a payment with no invoice only with «Принимать платежи, если нет активных счетов» as well (seed 000
 * resident §9); no advance for «Иные услуги»; insurance only with ЖКУ — or with an advance when «Оплата страхования
 * при внесении аванса» is on — and, with «Оплата страхования после полного погашения долга», only when ЖКУ is paid in
 * full. Returns what goes to the invoices (or the advance), insurance apart.
 */
export function checkPaymentChoice(choice: PaymentChoice): { amountKopecks: bigint } {
  const { settings, types } = choice;
  if (!settings.onlinePayment) throw new AppError("FORBIDDEN", "Онлайн-оплата в этом доме отключена");
  const due = choice.dueKopecks;
  const amount = choice.amountKopecks ?? due;
  if (choice.amountKopecks !== null) {
    if (!settings.arbitraryAmount) throw refuse("В этом доме оплачивается только сумма счёта", "amount");
    if (amount <= 0n) throw refuse("Сумма должна быть больше нуля", "amount");
  }
  if (types.length === 0) {
    if (!settings.arbitraryAmount || !settings.acceptWithoutInvoices) throw refuse("В этом доме нельзя внести аванс без выставленного счёта");
  } else if (amount > due && types.includes("other")) {
    throw refuse("Аванс по счетам «Иные услуги» не вносится", "amount");
  }
  if (amount <= 0n && choice.insuranceKopecks === null) throw refuse("Нечего оплачивать: счета уже оплачены");
  if (choice.insuranceKopecks !== null) checkInsurance(choice, due, amount);
  return { amountKopecks: amount };
}

function checkInsurance(choice: PaymentChoice, due: bigint, amount: bigint) {
  const { settings, types } = choice;
  if (choice.severalPremises) throw refuse("Страхование оплачивается по одному помещению", "insurance");
  if (types.some((t) => t !== "utilities")) throw refuse("Страхование оплачивается только вместе со счётом ЖКУ", "insurance");
  if (types.length === 0 && !settings.insuranceWithAdvance) throw refuse("Страхование оплачивается только вместе со счётом ЖКУ", "insurance");
  if (settings.insuranceAfterFullRepayment && amount < due) throw refuse(INSURANCE_AFTER_REPAYMENT_WARNING, "insurance");
}
