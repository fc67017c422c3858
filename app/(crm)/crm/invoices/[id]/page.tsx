import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { invoicePdfTypeLabels, invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { getInvoiceCard } from "@/lib/billing/invoices/get-invoice-card";
import { lineDraftOf } from "@/lib/billing/invoices/invoice-line-draft";
import { formatPriceE4, formatQuantityMilli } from "@/lib/billing/line-arithmetic";
import { formatCalendarDate, formatDateTime } from "@/lib/core/date-time";
import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import { paymentSourceLabels, paymentStatusLabels } from "@/lib/payments/payment-vocabulary";
import { recordOr404 } from "../../record-or-404";
import { InvoiceStatusBadge } from "../invoice-status-badge";
import { InvoiceActions } from "./invoice-actions";
import { InvoiceLinesEditor, type TariffChoice } from "./invoice-lines-editor";
import { InvoiceMainForm } from "./invoice-main-form";
import { InvoicePayments } from "./invoice-payments";
import { InvoicePdf } from "./invoice-pdf";

export const metadata: Metadata = { title: "Счёт" };

/** Default quantity of a service just added: one for a fixed charge, the area for a rate per m²; else staff type it. */
const defaultQuantity = (method: string, areaMilli: bigint, zone: number) => (zone > 0 ? 0n : method === "fixed" ? 1000n : method === "area" ? areaMilli : 0n);

/** The invoice card (seed 000 §11–12): its main data, its receipt, the services table and the payments against it. */
export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("finance.invoices.view");
  const card = await recordOr404((await params).id, (id) => getInvoiceCard(ctx, id));
  const { invoice } = card;
  const editable = invoice.status === "draft" && ctx.permissions.has("finance.invoices.edit");
  const rows = card.lines.map(lineDraftOf);
  const drafts = rows.map((r) => r.draft);
  const meta = Object.fromEntries(rows.map(({ draft, meta }) => [draft.id ?? "", meta]));
  const tariffs: TariffChoice[] = card.tariffOptions.map((t) => ({
    id: t.id,
    name: t.name,
    unit: t.unit,
    commonEnabled: t.commonEnabled,
    prices: t.price ? t.price.pricesE4.map(formatPriceE4) : null,
    validFrom: t.price ? formatCalendarDate(t.price.validFrom) : null,
    quantities: Array.from({ length: t.zones }, (_, zone) => formatQuantityMilli(defaultQuantity(t.method, card.areaMilli, zone))),
  }));
  return (
    <>
      <PageHeader
        back={{ href: "/crm/invoices", label: "Счета" }}
        title={`${invoiceTypeLabels[invoice.type]} за ${periodLabel(invoice.period)}`}
        description={`${card.address} · лицевой счёт ${card.accountNumber}`}
        actions={ctx.permissions.has("finance.invoices.edit") && <InvoiceActions id={invoice.id} status={invoice.status} empty={card.lines.length === 0} />}
      />
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <InvoiceStatusBadge status={invoice.status} />
        {invoice.issuedAt && (
          <span className="text-muted-foreground">
            выставлен {formatDateTime(invoice.issuedAt, ctx.timezone)}
            {card.issuedBy && `, ${card.issuedBy}`}
            {invoice.dueDate && ` · оплатить до ${formatCalendarDate(invoice.dueDate)}`}
          </span>
        )}
        {invoice.cancelledAt && (
          <span className="text-muted-foreground">
            аннулирован {formatDateTime(invoice.cancelledAt, ctx.timezone)}
            {invoice.cancelReason && `: ${invoice.cancelReason}`}
          </span>
        )}
        <span className="ml-auto font-medium">К оплате: {formatRoubles(invoice.totalKopecks)}</span>
      </div>
      <div className="space-y-10">
        <section aria-labelledby="invoice-main" className="space-y-3">
          <h2 id="invoice-main" className="text-lg font-semibold">
            Основное
          </h2>
          {editable ? (
            <InvoiceMainForm id={invoice.id} values={{ isActual: invoice.isActual, pdfType: invoice.pdfType }} />
          ) : (
            <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
              <dt className="text-muted-foreground">Актуальный</dt>
              <dd>{invoice.isActual ? "да" : "нет"}</dd>
              <dt className="text-muted-foreground">Квитанция</dt>
              <dd>{invoicePdfTypeLabels[invoice.pdfType]}</dd>
            </dl>
          )}
          <InvoicePdf id={invoice.id} pdfType={invoice.pdfType} fileName={invoice.pdfFileName} canUpload={ctx.permissions.has("finance.invoices.edit") && invoice.status !== "cancelled"} />
        </section>
        <section aria-labelledby="invoice-lines" className="space-y-3">
          <h2 id="invoice-lines" className="text-lg font-semibold">
            Услуги
          </h2>
          <InvoiceLinesEditor
            key={card.lines.map((l) => l.id).join() + invoice.status}
            invoiceId={invoice.id}
            drafts={drafts}
            meta={meta}
            tariffs={tariffs}
            editable={editable}
            openingBalanceKopecks={String(invoice.openingBalanceKopecks)}
          />
        </section>
        <section aria-labelledby="invoice-payments" className="space-y-3">
          <h2 id="invoice-payments" className="text-lg font-semibold">
            Платежи по счёту
          </h2>
          <InvoicePayments
            payments={card.payments.map((p) => ({
              id: p.paymentId,
              on: formatDateTime(p.paidAt ?? p.createdAt, ctx.timezone),
              amount: formatRoubles(p.amountKopecks),
              note: `${paymentSourceLabels[p.source]} · ${paymentStatusLabels[p.status]}`,
            }))}
          />
        </section>
      </div>
    </>
  );
}
