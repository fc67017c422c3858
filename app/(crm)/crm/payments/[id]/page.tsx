import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { hasPermission } from "@/lib/access/assert-permission";
import { formatDateTime } from "@/lib/core/date-time";
import { formatRoubles } from "@/lib/exchange/decimal";
import { getPaymentCard } from "@/lib/payments/list/get-payment-card";
import { paymentViewRow } from "@/lib/payments/list/payment-export-columns";
import { paymentItemView } from "@/lib/payments/list/payment-item-view";
import { paymentSourceLabels } from "@/lib/payments/payment-vocabulary";
import { recordOr404 } from "../../record-or-404";
import { PaymentItemsTable } from "../payment-items-table";
import { PaymentStatusBadge } from "../payment-status-badge";
import { RefundDialog } from "./refund-dialog";

export const metadata: Metadata = { title: "Платёж" };

const refundStatusLabels = { pending: "В обработке", succeeded: "Выполнен", failed: "Не удался" } as const;

/** A payment's card: what was paid and by whom, how it was split per invoice line, the gateway's notices and refunds. */
export default async function PaymentPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("finance.payments.view");
  const card = await recordOr404((await params).id, (id) => getPaymentCard(ctx, id));
  const { payment } = card;
  const view = paymentViewRow(payment, ctx.timezone);
  const tz = ctx.timezone;
  // The service takes refunds (pending or done) off what was charged; a pending refund blocks the next one there.
  const refundable = payment.chargedKopecks - card.refunds.filter((r) => r.status !== "failed").reduce((sum, r) => sum + r.amountKopecks, 0n);
  const canRefund = payment.source === "online" && payment.status === "succeeded" && refundable > 0n && hasPermission(ctx, "requests.refund");
  const facts: [string, ReactNode][] = [
    ["ID платежа", <span key="id" className="font-mono text-xs">{view.shownId}</span>],
    ["Источник", paymentSourceLabels[payment.source]],
    ["Плательщик", payment.payerName ?? "—"],
    ["Лицевой счёт", payment.accountId ? <Link key="acc" href={`/crm/accounts/${payment.accountId}`} className="hover:underline">{payment.accountNumber}</Link> : "не определён"],
    ["Адрес", view.address || "—"],
    ["Тип счёта", view.types || "—"],
    ["Расчётный счёт", view.bank || "—"],
    ["Платёжная система", view.gateway || "—"],
    ["Сумма", view.total],
    ["Комиссия", view.commission],
    ["Фактически", view.actual],
    ["Возвращено", formatRoubles(payment.refundedKopecks)],
    ["Чек", payment.receiptSentAt ? `отправлен ${formatDateTime(payment.receiptSentAt, tz)}` : "не отправлен"],
    ["Создан", formatDateTime(payment.createdAt, tz)],
    ["Оплачен", payment.paidAt ? formatDateTime(payment.paidAt, tz) : "—"],
    ["Обновлён", view.updated],
  ];
  return (
    <>
      <PageHeader
        back={{ href: payment.source === "online" ? "/crm/payments" : "/crm/payments?tab=third-party", label: "Платежи" }}
        title={`Платёж на ${view.total}`}
        actions={canRefund ? <RefundDialog paymentId={payment.id} available={formatRoubles(refundable)} /> : undefined}
      />
      <div className="mb-6">
        <PaymentStatusBadge status={payment.status} />
      </div>
      <div className="space-y-10">
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <section aria-labelledby="payment-items" className="space-y-3">
          <h2 id="payment-items" className="text-lg font-semibold">
            Распределение по счетам
          </h2>
          <PaymentItemsTable items={card.items.map(paymentItemView)} />
        </section>
        <section aria-labelledby="payment-events" className="space-y-3">
          <h2 id="payment-events" className="text-lg font-semibold">
            Уведомления платёжной системы
          </h2>
          {card.events.length ? (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Получено</TableHead>
                  <TableHead>Событие</TableHead>
                  <TableHead>Результат</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {card.events.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell className="whitespace-nowrap">{formatDateTime(e.receivedAt, tz)}</TableCell>
                    <TableCell className="font-mono text-xs">{e.eventKey}</TableCell>
                    <TableCell>{e.outcome ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="text-sm text-muted-foreground">Уведомлений нет.</p>
          )}
        </section>
        <section aria-labelledby="payment-refunds" className="space-y-3">
          <h2 id="payment-refunds" className="text-lg font-semibold">
            Возвраты
          </h2>
          {card.refunds.length ? (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Дата</TableHead>
                  <TableHead className="text-right">Сумма</TableHead>
                  <TableHead>Причина</TableHead>
                  <TableHead>Статус</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {card.refunds.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell className="whitespace-nowrap">{formatDateTime(r.createdAt, tz)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatRoubles(r.amountKopecks)}</TableCell>
                    <TableCell>{r.reason}</TableCell>
                    <TableCell>{refundStatusLabels[r.status]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="text-sm text-muted-foreground">Возвратов не было.</p>
          )}
        </section>
      </div>
    </>
  );
}
