import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { formatCalendarDate } from "@/lib/core/date-time";
import { AppError } from "@/lib/core/errors";
import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import { listMyInvoices, type MyInvoiceRow } from "@/lib/residents/invoices/list-my-invoices";
import { payGroupLabels, payGroupOf, type PayGroup } from "@/lib/residents/payments/payment-rules";
import { AmountDueChart } from "./amount-due-chart";

export const metadata: Metadata = { title: "Счета" };

async function loadInvoices(id: string) {
  const ctx = await residentPage();
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await listMyInvoices(ctx, id);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

function InvoiceCard({ premiseId, invoice }: { premiseId: string; invoice: MyInvoiceRow }) {
  const advance = invoice.totalKopecks < 0n;
  return (
    <Link href={`/cabinet/premises/${premiseId}/invoices/${invoice.id}`} className="block" data-testid="my-invoice">
      <Card className="gap-1 py-3 transition-colors hover:bg-accent/50">
        <CardContent className="flex items-start justify-between gap-3 px-4 text-sm">
          <div className="min-w-0">
            <div className="font-medium first-letter:uppercase">{periodLabel(invoice.period)}</div>
            <div className="text-muted-foreground">
              {invoiceTypeLabels[invoice.type]} · ЛС {invoice.accountNumber}
            </div>
            {invoice.dueDate && invoice.isActual && <div className="text-muted-foreground">Оплатить до {formatCalendarDate(invoice.dueDate)}</div>}
          </div>
          <div className="shrink-0 text-right">
            <div className="font-semibold tabular-nums">{formatRoubles(advance ? -invoice.totalKopecks : invoice.totalKopecks)}</div>
            <Badge variant={invoice.isActual ? "default" : "secondary"}>{advance ? "Аванс" : invoice.isActual ? "Выставлен" : "Справочно"}</Badge>
          </div>
        </CardContent>
      </Card>
    </Link>
  );
}

/** Groups with something due (insurance is added on the ЖКУ screen): one «Оплатить» each (seed 000, resident §3). */
const dueGroups = (actual: readonly MyInvoiceRow[]): PayGroup[] => [...new Set(actual.filter((i) => i.totalKopecks > 0n && i.type !== "insurance").map((i) => payGroupOf(i.type)))];

const sectionLink = "flex min-h-11 items-center rounded-md border px-4 py-2 text-sm font-medium hover:bg-accent/50";

function PayActions({ premiseId, actual }: { premiseId: string; actual: readonly MyInvoiceRow[] }) {
  const groups = dueGroups(actual);
  return (
    <section className="space-y-2" aria-label="Оплата">
      {groups.map((group) => (
        <Link key={group} href={`/cabinet/pay?premise=${premiseId}&group=${group}`} className="flex min-h-11 items-center rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground" data-testid="pay-group">
          Оплатить {payGroupLabels[group]}
        </Link>
      ))}
      {groups.length === 0 && (
        <Link href={`/cabinet/pay?premise=${premiseId}&advance=1`} className={sectionLink}>
          Внести аванс
        </Link>
      )}
      <div className="grid grid-cols-2 gap-2">
        <Link href={`/cabinet/pay/qr?premise=${premiseId}`} className={sectionLink}>
          Оплатить по QR
        </Link>
        <Link href={`/cabinet/premises/${premiseId}/suppliers`} className={sectionLink}>
          Внешние поставщики
        </Link>
        <Link href="/cabinet/payments" className={sectionLink}>
          История платежей
        </Link>
        <Link href="/cabinet/cards" className={sectionLink}>
          Сохранённые карты
        </Link>
      </div>
    </section>
  );
}

export default async function MyInvoicesPage({ params }: { params: Promise<{ id: string }> }) {
  const data = await loadInvoices((await params).id);
  return (
    <>
      <Link href={`/cabinet/premises/${data.premiseId}`} className="text-sm text-muted-foreground">
        ← {data.address}
      </Link>
      <h1 className="text-xl font-semibold">Счета</h1>
      <PayActions premiseId={data.premiseId} actual={data.actual} />
      {data.actual.length + data.reference.length === 0 ? (
        <p className="text-sm text-muted-foreground">Счетов по этому помещению пока нет.</p>
      ) : (
        <>
          <Card className="py-4">
            <CardContent className="px-4">
              <AmountDueChart bars={data.chart} />
            </CardContent>
          </Card>
          <section className="space-y-2">
            <h2 className="text-base font-medium">Актуальные</h2>
            {data.actual.map((invoice) => (
              <InvoiceCard key={invoice.id} premiseId={data.premiseId} invoice={invoice} />
            ))}
          </section>
          {data.reference.length > 0 && (
            <Card className="gap-2 py-4">
              <CardHeader className="px-4">
                <CardTitle className="text-base">Справочно</CardTitle>
              </CardHeader>
              <CardContent className="space-y-2 px-4">
                <p className="text-xs text-muted-foreground">Прежние счета за те же месяцы. Оплачивать их не нужно.</p>
                {data.reference.map((invoice) => (
                  <InvoiceCard key={invoice.id} premiseId={data.premiseId} invoice={invoice} />
                ))}
              </CardContent>
            </Card>
          )}
        </>
      )}
    </>
  );
}
