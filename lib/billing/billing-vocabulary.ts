import type { BillingRunStatus, InvoicePdfType, InvoiceStatus, InvoiceType, LedgerKind, TariffMethod, TariffType } from "@/db/schema";

export const tariffTypeLabels: Record<TariffType, string> = {
  housing: "Жилищные",
  utility: "Коммунальные",
  housing_utility: "Жилищно-коммунальные",
  operational: "Эксплуатационные",
  capital_repair: "Капитальный ремонт",
  insurance: "Страхование",
  one_time: "Разовые",
  other: "Прочие",
};

export const tariffMethodLabels: Record<TariffMethod, string> = {
  meter: "По прибору учёта",
  norm_residents: "Норматив × зарегистрированные",
  norm_area: "Норматив × площадь",
  area: "По общей площади",
  fixed: "Фиксированно с помещения",
  manual: "Количество вручную",
};

export const invoiceTypeLabels: Record<InvoiceType, string> = {
  utilities: "ЖКУ",
  capital_repair: "Капитальный ремонт",
  insurance: "Страхование",
  other: "Иные услуги",
};

/** Seed 000 §12: which services an invoice of each type may carry. */
export const tariffTypesByInvoiceType: Record<InvoiceType, readonly TariffType[]> = {
  utilities: ["utility", "housing", "other", "housing_utility", "operational"],
  insurance: ["insurance"],
  capital_repair: ["capital_repair"],
  other: ["one_time"],
};

export const invoiceStatusLabels: Record<InvoiceStatus, string> = { draft: "Черновик", issued: "Выставлен", cancelled: "Аннулирован" };

export const invoicePdfTypeLabels: Record<InvoicePdfType, string> = { generated: "Сформирован", uploaded: "Загружен", none: "Квитанция отсутствует" };

export const ledgerKindLabels: Record<LedgerKind, string> = {
  opening_balance: "Входящее сальдо",
  balance_adjustment: "Корректировка сальдо",
  accrual: "Начисление",
  recalculation: "Перерасчёт",
  benefit: "Льгота",
  penalty: "Пени",
  reversal: "Аннулирование счёта",
  payment: "Оплата",
  refund: "Возврат платежа",
  payment_reversal: "Платёж удалён",
};

export const billingRunStatusLabels: Record<BillingRunStatus, string> = {
  queued: "В очереди",
  running: "Считается",
  ready: "Готов к выставлению",
  issuing: "Выставляется",
  issued: "Выставлен",
  failed: "Прерван",
  cancelled: "Отменён",
};
