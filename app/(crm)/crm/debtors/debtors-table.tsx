"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";
import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import type { DebtorViewRow } from "@/lib/payments/debtors/debtor-export-columns";
import { linkBasisOptions } from "@/lib/registry/links/link-bases";
import type { ListTotal } from "@/lib/table/list-params";
import { BuildingFilter, type BuildingFilterOptions } from "../building-filter";
import { TextFilter } from "../clients/text-filter";

export type DebtorFilterOptions = BuildingFilterOptions;

const typeOptions = Object.entries(invoiceTypeLabels).map(([value, label]) => ({ value, label }));

const columns = (byType: boolean): ColumnDef<DebtorViewRow>[] => [
  {
    id: "account",
    header: "Лицевой счёт",
    cell: ({ row: { original: r } }) => (
      <Link href={`/crm/accounts/${r.accountId}`} className="font-medium hover:underline">
        {r.accountNumber}
      </Link>
    ),
  },
  { id: "client", header: "Клиент", enableSorting: false, cell: ({ row }) => row.original.clientNames ?? <span className="text-muted-foreground">нет клиентов</span> },
  {
    id: "phone",
    header: "Телефон",
    enableSorting: false,
    cell: ({ row: { original: r } }) =>
      r.phone ? (
        <a href={`tel:${r.phone}`} className="whitespace-nowrap hover:underline">
          {r.phone}
        </a>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  { id: "role", header: "Роль", enableSorting: false, cell: ({ row }) => row.original.role || <span className="text-muted-foreground">—</span> },
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
  {
    id: "debt",
    header: () => <span className="block text-right">Долг</span>,
    cell: ({ row: { original: r } }) => (
      <span className="block text-right whitespace-nowrap text-destructive tabular-nums">
        {r.debt}
        {byType && r.typeDebt !== null && <span className="block text-xs text-muted-foreground">по типу счёта: {r.typeDebt}</span>}
      </span>
    ),
  },
];

/** «Должники» (seed 000 §16): the largest debt first; the filters also choose whom «Напомнить о долге» reaches. */
export function DebtorsTable({ rows, total, options, byType, actions }: { rows: DebtorViewRow[]; total: ListTotal; options: DebtorFilterOptions; byType: boolean; actions?: ReactNode }) {
  return (
    <DataTable
      columns={columns(byType)}
      rows={rows}
      total={total}
      getRowId={(r) => r.accountId}
      searchPlaceholder="Лицевой счёт, ФИО или адрес"
      exportHref="/crm/debtors/export"
      emptyText="Должников не найдено"
      actions={actions}
      filters={
        <>
          <BuildingFilter options={options} />
          <DataTableSelectFilter param="role" label="Роль клиента" options={linkBasisOptions} />
          <FilterPopover label="Долг" params={["debtFrom", "debtTo"]}>
            <TextFilter param="debtFrom" label="Долг от, ₽" />
            <TextFilter param="debtTo" label="Долг до, ₽" />
          </FilterPopover>
          <DataTableSelectFilter param="type" label="Тип счёта" options={typeOptions} />
        </>
      }
    />
  );
}
