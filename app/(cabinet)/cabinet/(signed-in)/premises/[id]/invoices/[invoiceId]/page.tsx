import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { formatPriceE4, formatQuantityMilli } from "@/lib/billing/line-arithmetic";
import { formatCalendarDate } from "@/lib/core/date-time";
import { AppError } from "@/lib/core/errors";
import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import { getMyInvoice, type MyInvoiceService } from "@/lib/residents/invoices/get-my-invoice";

export const metadata: Metadata = { title: "Счёт" };

async function loadInvoice(premiseId: string, invoiceId: string) {
  const ctx = await residentPage();
  if (!z.uuid().safeParse(premiseId).success || !z.uuid().safeParse(invoiceId).success) notFound();
  try {
    return await getMyInvoice(ctx, premiseId, invoiceId);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

function Row({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-3 ${strong ? "font-semibold" : ""}`}>
      <span className={strong ? "" : "text-muted-foreground"}>{label}</span>
      <span className="text-right tabular-nums">{children}</span>
    </div>
  );
}

function ServiceCard({ service }: { service: MyInvoiceService }) {
  const optional: [string, bigint][] = [
    ["Перерасчёт", service.recalculationKopecks],
    ["Льгота", -service.benefitKopecks],
    ["Долг", service.openingDebtKopecks],
    ["Пени", service.penaltyKopecks],
    ["Оплачено", -service.paidKopecks],
  ];
  return (
    <div className="space-y-1 border-b py-2 text-sm last:border-b-0" data-testid="my-invoice-service">
      <div className="flex justify-between gap-3 font-medium">
        <span className="min-w-0 break-words">{service.name}</span>
        <span className="tabular-nums">{formatRoubles(service.totalKopecks)}</span>
      </div>
      {service.qtyMilli !== null && service.pricesE4.length > 0 && (
        <div className="text-muted-foreground">
          {formatQuantityMilli(service.qtyMilli)} {service.unit} × {service.pricesE4.map(formatPriceE4).join(" / ")} ₽
        </div>
      )}
      <Row label="Начислено">{formatRoubles(service.accruedKopecks)}</Row>
      {optional
        .filter(([, kopecks]) => kopecks !== 0n)
        .map(([label, kopecks]) => (
          <Row key={label} label={label}>
            {formatRoubles(kopecks)}
          </Row>
        ))}
    </div>
  );
}

export default async function MyInvoicePage({ params }: { params: Promise<{ id: string; invoiceId: string }> }) {
  const { id, invoiceId } = await params;
  const invoice = await loadInvoice(id, invoiceId);
  const m = invoice.money;
  const base = `/cabinet/premises/${invoice.premiseId}/invoices`;
  return (
    <>
      <Link href={base} className="text-sm text-muted-foreground">
        ← Счета
      </Link>
      <div className="space-y-1">
        <h1 className="text-xl font-semibold first-letter:uppercase">
          {invoiceTypeLabels[invoice.type]} за {periodLabel(invoice.period)}
        </h1>
        <p className="text-sm text-muted-foreground break-words">{invoice.address}</p>
        <div className="flex flex-wrap gap-2">
          <Badge variant={invoice.isActual ? "default" : "secondary"}>{invoice.isActual ? "Актуальный" : "Справочно"}</Badge>
          <Badge variant="outline">ЛС {invoice.accountNumber}</Badge>
          {invoice.els && <Badge variant="outline">ЕЛС {invoice.els}</Badge>}
        </div>
      </div>

      <Card className="gap-2 py-4">
        <CardContent className="space-y-1 px-4 text-sm">
          <Row label={m.openingBalanceKopecks < 0n ? "Аванс на начало месяца" : "Долг на начало месяца"}>{formatRoubles(m.openingBalanceKopecks < 0n ? -m.openingBalanceKopecks : m.openingBalanceKopecks)}</Row>
          <Row label="Начислено за месяц">{formatRoubles(m.accruedKopecks + m.recalculationKopecks - m.benefitKopecks)}</Row>
          {m.penaltyKopecks !== 0n && <Row label="Пени">{formatRoubles(m.penaltyKopecks)}</Row>}
          {m.paidKopecks !== 0n && <Row label="Оплачено">{formatRoubles(m.paidKopecks)}</Row>}
          <Row label={m.totalKopecks < 0n ? "Аванс" : "К оплате"} strong>
            <span data-testid="amount-due">{formatRoubles(m.totalKopecks < 0n ? -m.totalKopecks : m.totalKopecks)}</span>
          </Row>
          {invoice.dueDate && invoice.isActual && <Row label="Оплатить до">{formatCalendarDate(invoice.dueDate)}</Row>}
          {invoice.isActual && invoice.type !== "insurance" && m.totalKopecks > 0n && (
            <Button asChild className="mt-2 min-h-11 w-full">
              <Link href={`/cabinet/pay?premise=${invoice.premiseId}&invoice=${invoice.invoiceId}`}>Оплатить</Link>
            </Button>
          )}
          {invoice.isActual && (invoice.type === "utilities" || invoice.type === "capital_repair") && m.totalKopecks <= 0n && (
            <Button asChild variant="outline" className="mt-2 min-h-11 w-full">
              <Link href={`/cabinet/pay?premise=${invoice.premiseId}&advance=1`}>Внести аванс</Link>
            </Button>
          )}
          {invoice.hasReceipt && (
            <Button asChild variant="outline" className="mt-2 w-full">
              <a href={`${base}/${invoice.invoiceId}/receipt`} download>
                <Download aria-hidden /> Скачать квитанцию
              </a>
            </Button>
          )}
        </CardContent>
      </Card>

      <Card className="gap-1 py-4">
        <CardHeader className="px-4">
          <CardTitle className="text-base">Услуги и тарифы</CardTitle>
        </CardHeader>
        <CardContent className="px-4">
          {invoice.services.map((service) => (
            <ServiceCard key={service.name} service={service} />
          ))}
        </CardContent>
      </Card>

      {invoice.penalties && invoice.penalties.length > 0 && (
        <Card className="gap-1 py-4" data-testid="penalties-block">
          <CardHeader className="px-4">
            <CardTitle className="text-base">Пени</CardTitle>
          </CardHeader>
          <CardContent className="space-y-1 px-4 text-sm">
            {invoice.penalties.map((p) => (
              <Row key={p.name} label={p.name}>
                {formatRoubles(p.kopecks)}
              </Row>
            ))}
            <Row label="Всего пени" strong>
              {formatRoubles(m.penaltyKopecks)}
            </Row>
          </CardContent>
        </Card>
      )}

      <Card className="gap-1 py-4">
        <CardHeader className="px-4">
          <CardTitle className="text-base">Реквизиты получателя</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 px-4 text-sm">
          {invoice.payees.map((p) => (
            <div key={p.settlementAccount} className="space-y-0.5">
              <div className="font-medium break-words">{p.name}</div>
              <Row label="ИНН / КПП">
                {p.inn} / {p.kpp ?? "—"}
              </Row>
              <Row label="Банк">{p.bankName}</Row>
              <Row label="БИК">{p.bic}</Row>
              <Row label="Р/с">{p.settlementAccount}</Row>
              <Row label="К/с">{p.correspondentAccount}</Row>
            </div>
          ))}
          <p className="text-muted-foreground break-words">
            Исполнитель: {invoice.provider.name}, ИНН {invoice.provider.inn}
            {invoice.provider.phone ? `, тел. ${invoice.provider.phone}` : ""}
          </p>
        </CardContent>
      </Card>

      {invoice.history.length > 1 && (
        <Card className="gap-1 py-4">
          <CardHeader className="px-4">
            <CardTitle className="text-base">По месяцам</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-wrap gap-2 px-4">
            {invoice.history.map((h) =>
              h.id === invoice.invoiceId ? (
                <Badge key={h.id}>{periodLabel(h.period)}</Badge>
              ) : (
                <Link key={h.id} href={`${base}/${h.id}`}>
                  <Badge variant="outline">{periodLabel(h.period)}</Badge>
                </Link>
              ),
            )}
          </CardContent>
        </Card>
      )}
    </>
  );
}
