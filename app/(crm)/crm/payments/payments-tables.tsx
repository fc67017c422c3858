"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Check, Minus } from "lucide-react";
import Link from "next/link";
import { AuditDateFilter } from "@/app/(crm)/crm/audit/audit-date-filter";
import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import type { PaymentViewRow } from "@/lib/payments/list/payment-export-columns";
import type { PaymentItemView } from "@/lib/payments/list/payment-item-view";
import { paymentStatusLabels, paymentSourceLabels } from "@/lib/payments/payment-vocabulary";
import type { ListTotal } from "@/lib/table/list-params";
import { BuildingFilter, type BuildingFilterOptions } from "../building-filter";
import { DeletePaymentButton } from "./delete-payment-button";
import { PaymentItemsTable } from "./payment-items-table";
import { PaymentStatusBadge } from "./payment-status-badge";

type Option = { value: string; label: string };
export type PaymentFilterOptions = BuildingFilterOptions & { legalEntities: Option[]; gateways: Option[] };

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const money = (text: string) => <span className="whitespace-nowrap tabular-nums">{text}</span>;

const idColumn: ColumnDef<PaymentViewRow> = {
  id: "id",
  header: "ID платежа",
  enableSorting: false,
  cell: ({ row: { original: r } }) => (
    <Link href={`/crm/payments/${r.id}`} className="font-mono text-xs hover:underline" onClick={(e) => e.stopPropagation()}>
      {r.shownId}
    </Link>
  ),
};
const accountColumn: ColumnDef<PaymentViewRow> = {
  id: "account",
  header: "Лицевой счёт",
  enableSorting: false,
  cell: ({ row: { original: r } }) =>
    r.accountId ? (
      <Link href={`/crm/accounts/${r.accountId}`} className="hover:underline" onClick={(e) => e.stopPropagation()}>
        {r.accountNumber}
      </Link>
    ) : (
      <span className="text-muted-foreground">не определён</span>
    ),
};
const text = (id: string, header: string, value: (r: PaymentViewRow) => string | null): ColumnDef<PaymentViewRow> => ({
  id,
  header,
  enableSorting: false,
  cell: ({ row }) => value(row.original) || <span className="text-muted-foreground">—</span>,
});

const onlineColumns: ColumnDef<PaymentViewRow>[] = [
  { id: "status", header: "Статус", enableSorting: false, cell: ({ row }) => <PaymentStatusBadge status={row.original.status} /> },
  idColumn,
  text("types", "Тип счёта", (r) => r.types),
  text("bank", "Расчётный счёт", (r) => r.bank),
  text("payer", "Плательщик", (r) => r.payerName),
  accountColumn,
  text("address", "Адрес", (r) => r.address),
  { id: "amount", header: "Сумма", cell: ({ row }) => money(row.original.total) },
  { id: "commission", header: "Комиссия", enableSorting: false, cell: ({ row }) => money(row.original.commission) },
  { id: "actual", header: "Фактически", enableSorting: false, cell: ({ row }) => money(row.original.actual) },
  { id: "updated", header: "Обновлён", cell: ({ row }) => <span className="whitespace-nowrap">{row.original.updated}</span> },
  {
    id: "receipt",
    header: "Чек",
    enableSorting: false,
    cell: ({ row }) => (row.original.receiptSent ? <Check aria-label="Чек отправлен" className="size-4" /> : <Minus aria-label="Чек не отправлен" className="size-4 text-muted-foreground" />),
  },
  text("gateway", "Платёжная система", (r) => r.gateway),
];

const thirdPartyColumns = (canEdit: boolean): ColumnDef<PaymentViewRow>[] => [
  idColumn,
  text("address", "Адрес", (r) => r.address),
  accountColumn,
  text("bank", "Расчётный счёт", (r) => r.bank),
  text("types", "Тип счёта", (r) => r.types),
  text("source", "Источник", (r) => paymentSourceLabels[r.source]),
  { id: "amount", header: "Сумма", cell: ({ row }) => money(row.original.total) },
  { id: "paid", header: "Дата", enableSorting: false, cell: ({ row }) => <span className="whitespace-nowrap">{row.original.paid}</span> },
  ...(canEdit
    ? [{ id: "delete", header: "", enableSorting: false, cell: ({ row }) => (row.original.status === "succeeded" ? <DeletePaymentButton paymentId={row.original.id} /> : null) } satisfies ColumnDef<PaymentViewRow>]
    : []),
];

function PeriodFilter() {
  return (
    <FilterPopover label="Период" params={["from", "to"]}>
      <AuditDateFilter param="from" label="с" />
      <AuditDateFilter param="to" label="по" />
    </FilterPopover>
  );
}

type TableProps = { rows: PaymentViewRow[]; items: PaymentItemView[]; total: ListTotal; options: PaymentFilterOptions; canEdit: boolean };

/** «Онлайн-платежи» (seed 000 §13): a row opens the split of the payment per invoice line. */
export function OnlinePaymentsTable({ rows, items, total, options }: TableProps) {
  return (
    <DataTable
      columns={onlineColumns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="ID платежа, плательщик или лицевой счёт"
      exportHref="/crm/payments/export/online"
      emptyText="Онлайн-платежей не найдено"
      expandedRow={(r) => <PaymentItemsTable items={items.filter((i) => i.paymentId === r.id)} />}
      filters={
        <>
          <DataTableSelectFilter param="status" label="Статус" options={optionsOf(paymentStatusLabels)} />
          <DataTableSelectFilter param="type" label="Тип счёта" options={optionsOf(invoiceTypeLabels)} />
          {options.legalEntities.length > 1 && <DataTableSelectFilter param="legalEntity" label="Юрлицо" options={options.legalEntities} />}
          <BuildingFilter options={options} />
          <PeriodFilter />
          {options.gateways.length > 0 && <DataTableSelectFilter param="gateway" label="Платёжная система" options={options.gateways} />}
        </>
      }
    />
  );
}

/** «Сторонние платежи» (seed 000 §15): those that arrived booked through the API, a bank statement or a registry. */
export function ThirdPartyPaymentsTable({ rows, items, total, options, canEdit }: TableProps) {
  return (
    <DataTable
      columns={thirdPartyColumns(canEdit)}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="ID платежа"
      exportHref="/crm/payments/export/third-party"
      emptyText="Сторонних платежей не найдено"
      expandedRow={(r) => <PaymentItemsTable items={items.filter((i) => i.paymentId === r.id)} />}
      filters={
        <>
          {options.legalEntities.length > 1 && <DataTableSelectFilter param="legalEntity" label="Юрлицо" options={options.legalEntities} />}
          <DataTableSelectFilter param="type" label="Тип счёта" options={optionsOf(invoiceTypeLabels)} />
          <PeriodFilter />
        </>
      }
    />
  );
}
