"use client";

import { BuildingFilter } from "@/app/(crm)/crm/building-filter";
import type { ColumnDef } from "@tanstack/react-table";
import { X } from "lucide-react";
import Link from "next/link";
import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Badge } from "@/components/ui/badge";
import { invoicePdfTypeLabels, invoiceStatusLabels, invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import type { InvoiceViewRow } from "@/lib/billing/invoices/invoice-export-columns";
import type { ListTotal } from "@/lib/table/list-params";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { monthOptions, yearOptions } from "./period-options";

type Option = { value: string; label: string };
export type InvoiceFilterOptions = { groups: Option[]; quarters: Option[]; buildings: Option[] };

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const presenceOptions = [
  { value: "present", label: "Квитанция есть" },
  { value: "missing", label: "Квитанции нет" },
];

const columns: ColumnDef<InvoiceViewRow>[] = [
  { id: "status", header: "Статус", enableSorting: false, cell: ({ row }) => <InvoiceStatusBadge status={row.original.status} /> },
  {
    id: "type",
    header: "Тип",
    enableSorting: false,
    cell: ({ row: { original: r } }) => (
      <Link href={`/crm/invoices/${r.id}`} className="font-medium hover:underline">
        {invoiceTypeLabels[r.type]}
        {!r.isActual && <span className="block text-xs font-normal text-muted-foreground">не актуальный</span>}
      </Link>
    ),
  },
  {
    id: "address",
    header: "Адрес",
    enableSorting: false,
    cell: ({ row: { original: r } }) => (
      <Link href={`/crm/premises/${r.premiseId}`} className="hover:underline">
        {r.address}
      </Link>
    ),
  },
  { id: "account", header: "Лицевой счёт", enableSorting: false, cell: ({ row }) => row.original.accountNumber },
  { id: "period", header: "Период", cell: ({ row }) => row.original.period },
  { id: "amount", header: "К оплате", cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{row.original.total}</span> },
  {
    id: "pdf",
    header: "Квитанция",
    enableSorting: false,
    cell: ({ row: { original: r } }) =>
      r.pdfType === "uploaded" && !r.hasPdfFile ? <span className="text-muted-foreground">Загружен — файла нет</span> : invoicePdfTypeLabels[r.pdfType],
  },
];

/** A filter set by a link from a premise's or an account's card; here it can only be seen and cleared. */
function LinkedFilter({ param, label }: { param: string; label: string }) {
  const { setParams } = useUrlParams();
  return (
    <Badge variant="outline" className="h-8 gap-1 px-3">
      {label}
      <button type="button" aria-label={`Сбросить фильтр «${label}»`} onClick={() => setParams({ [param]: null })}>
        <X />
      </button>
    </Badge>
  );
}

export function InvoicesTable({ rows, total, options, linked }: { rows: InvoiceViewRow[]; total: ListTotal; options: InvoiceFilterOptions; linked: { premise: boolean; account: boolean } }) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Адрес или лицевой счёт"
      exportHref="/crm/invoices/export"
      emptyText="Счетов не найдено"
      filters={
        <>
          <BuildingFilter options={options} />
          <FilterPopover label="Период" params={["month", "year"]}>
            <DataTableSelectFilter param="month" label="Месяц" options={monthOptions} />
            <DataTableSelectFilter param="year" label="Год" options={yearOptions()} />
          </FilterPopover>
          <DataTableSelectFilter param="type" label="Тип" options={optionsOf(invoiceTypeLabels)} />
          <DataTableSelectFilter param="status" label="Статус" options={optionsOf(invoiceStatusLabels)} />
          <FilterPopover label="Квитанция" params={["pdfType", "pdf"]}>
            <DataTableSelectFilter param="pdfType" label="Тип квитанции" options={optionsOf(invoicePdfTypeLabels)} />
            <DataTableSelectFilter param="pdf" label="Наличие" options={presenceOptions} />
          </FilterPopover>
          {linked.premise && <LinkedFilter param="premise" label="Одно помещение" />}
          {linked.account && <LinkedFilter param="account" label="Один лицевой счёт" />}
        </>
      }
    />
  );
}
