import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import { paymentItemKindLabels } from "../payment-vocabulary";
import type { PaymentItemDetail } from "./payment-items-of";

/** One part of a payment as the list's expanded row and the card show it: which invoice and service, how much. */
export type PaymentItemView = { id: string; paymentId: string; invoiceId: string | null; invoice: string; service: string; amount: string };

export function paymentItemView(i: PaymentItemDetail): PaymentItemView {
  return {
    id: i.id,
    paymentId: i.paymentId,
    invoiceId: i.invoiceId,
    invoice: i.invoiceType && i.period ? `${invoiceTypeLabels[i.invoiceType]} за ${periodLabel(i.period)}` : "—",
    service: i.service ?? paymentItemKindLabels[i.kind],
    amount: formatRoubles(i.amountKopecks),
  };
}
