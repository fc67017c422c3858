import type { PaymentItemKind, PaymentProvider, PaymentSource, PaymentStatus } from "@/db/schema";

export const paymentProviderLabels: Record<PaymentProvider, string> = { sandbox: "Тестовый шлюз", yookassa: "ЮKassa", tbank: "Т-Банк" };

export const paymentSourceLabels: Record<PaymentSource, string> = {
  online: "Онлайн",
  api: "Через API",
  statement: "Банковская выписка",
  registry: "Реестр платежей",
  manual: "Вручную",
};

export const paymentStatusLabels: Record<PaymentStatus, string> = {
  pending: "Ожидает оплаты",
  succeeded: "Оплачен",
  canceled: "Отменён",
  failed: "Ошибка оплаты",
  mismatch: "Сумма не совпала — проверьте",
  deleted: "Удалён",
};

export const paymentItemKindLabels: Record<PaymentItemKind, string> = { invoice_line: "Оплата услуги", advance: "Аванс", insurance: "Страхование", supplier: "Внешний поставщик" };
