"use client";

import { BuildingFilter } from "@/app/(crm)/crm/building-filter";
import type { ColumnDef } from "@tanstack/react-table";
import { X } from "lucide-react";
import Link from "next/link";
import { DebtFilter, debtColumn } from "../debt-filter";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Badge } from "@/components/ui/badge";
import { premiseNumberLabel } from "@/lib/registry/premise-address";
import type { PremiseRow } from "@/lib/registry/premises/list-premises";
import { premiseTypeInfo, premiseTypeOptions } from "@/lib/registry/premises/premise-types";
import type { ListTotal } from "@/lib/table/list-params";

type Option = { value: string; label: string };
export type PremiseFilterOptions = { groups: Option[]; quarters: Option[]; buildings: Option[]; tags: Option[] };

const statusOptions = [{ value: "archived", label: "В архиве" }];
const area = (value: string | null) => (value === null ? "—" : `${Number(value).toLocaleString("ru-RU")} м²`);

const columns: ColumnDef<PremiseRow>[] = [
  {
    id: "address",
    header: "Адрес",
    cell: ({ row: { original: r } }) => (
      <Link href={`/crm/premises/${r.id}`} className="hover:underline">
        <span className="text-muted-foreground">{r.buildingAddress}, </span>
        <span className="font-medium">{premiseNumberLabel(r.type, r.number)}</span>
        {r.archivedAt && (
          <Badge variant="secondary" className="ml-2">
            в архиве
          </Badge>
        )}
      </Link>
    ),
  },
  { id: "type", header: "Тип", enableSorting: false, cell: ({ row }) => premiseTypeInfo[row.original.type].label },
  { id: "area", header: "Площадь", cell: ({ row }) => area(row.original.totalArea) },
  { id: "accounts", header: "Лицевые счета", enableSorting: false, cell: ({ row }) => row.original.accounts ?? "—" },
  { id: "clients", header: "Клиенты", enableSorting: false, cell: ({ row }) => <span className="line-clamp-2">{row.original.clients ?? "—"}</span> },
];

/** The «client» filter is set from a client's card; here it can only be seen and cleared. */
function ClientFilter({ name }: { name: string }) {
  const { setParams } = useUrlParams();
  return (
    <Badge variant="outline" className="h-8 gap-1 px-3">
      Клиент: {name}
      <button type="button" aria-label="Сбросить фильтр по клиенту" onClick={() => setParams({ client: null })}>
        <X />
      </button>
    </Badge>
  );
}

type Props = { rows: PremiseRow[]; total: ListTotal; options: PremiseFilterOptions; clientName?: string; showDebt: boolean };

export function PremisesTable({ rows, total, options, clientName, showDebt }: Props) {
  return (
    <DataTable
      columns={showDebt ? [...columns, debtColumn<PremiseRow>()] : columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Адрес, лицевой счёт, клиент"
      exportHref="/crm/premises/export"
      filters={
        <>
          <BuildingFilter options={options} />
          <DataTableSelectFilter param="type" label="Тип" options={premiseTypeOptions} />
          {options.tags.length > 0 && <DataTableSelectFilter param="tag" label="Тег" options={options.tags} />}
          <DataTableSelectFilter param="status" label="Статус" allLabel="Действующие" options={statusOptions} />
          {showDebt && <DebtFilter />}
          {clientName && <ClientFilter name={clientName} />}
        </>
      }
    />
  );
}
