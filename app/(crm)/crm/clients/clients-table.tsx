"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import { clientTypeLabels, clientTypeOptions } from "@/lib/registry/clients/client-labels";
import type { ClientRow } from "@/lib/registry/clients/list-clients";
import { DebtFilter, debtColumn } from "../debt-filter";
import { PremiseLocationFilter } from "./premise-location-filter";
import type { ListTotal } from "@/lib/table/list-params";

export type Option = { value: string; label: string };
export type ClientFilterOptions = { groups: Option[]; quarters: Option[]; buildings: Option[]; tags: Option[] };

const statusOptions = [
  { value: "active", label: "Активные" },
  { value: "blocked", label: "Заблокированные" },
  { value: "archived", label: "В архиве" },
];

/** The clients list of seed 002 §10: number, name, phone, premises, last visit to the cabinet. */
export function ClientsTable({
  rows,
  total,
  options,
  exportHref,
  actions,
  timezone,
  showDebt,
}: {
  rows: ClientRow[];
  total: ListTotal;
  options: ClientFilterOptions;
  exportHref: string;
  actions?: ReactNode;
  /** The viewer's (ctx.timezone): dates print the same on the server and in the browser. */
  timezone: string;
  /** finance.invoices.view: the «Долг» column and filter. */
  showDebt: boolean;
}) {
  const searchParams = useSearchParams();
  const offset = (Number(searchParams.get("page") ?? 1) - 1) * Number(searchParams.get("size") ?? 25);
  const columns: ColumnDef<ClientRow>[] = [
    { id: "number", header: "№", enableSorting: false, cell: ({ row }) => <span className="text-muted-foreground">{offset + row.index + 1}</span> },
    {
      id: "name",
      header: "Клиент",
      cell: ({ row }) => (
        <div>
          <Link href={`/crm/clients/${row.original.id}`} className="font-medium hover:underline">
            {row.original.name}
          </Link>
          <div className="flex flex-wrap gap-1 text-xs text-muted-foreground">
            {row.original.type !== "individual" && <span>{clientTypeLabels[row.original.type]}</span>}
            {row.original.blockedAt && <Badge variant="destructive">заблокирован</Badge>}
            {row.original.archivedAt && <Badge variant="secondary">в архиве</Badge>}
            {row.original.isTester && <Badge variant="outline">тестировщик</Badge>}
          </div>
        </div>
      ),
    },
    { id: "phone", header: "Номер телефона", cell: ({ row }) => row.original.phone ?? "—" },
    {
      id: "premises",
      header: "Помещения",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.premises.length ? (
          <ul className="max-w-md space-y-0.5 text-sm">
            {row.original.premises.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : (
          <span className="text-muted-foreground">—</span>
        ),
    },
    { id: "lastSeen", header: "Был(а) в ЛК", cell: ({ row }) => (row.original.lastSeenAt ? formatDateTime(row.original.lastSeenAt, timezone) : "—") },
  ];
  return (
    <DataTable
      columns={showDebt ? [...columns, debtColumn<ClientRow>()] : columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="ФИО или телефон"
      exportHref={exportHref}
      actions={actions}
      filters={
        <>
          <PremiseLocationFilter groups={options.groups} quarters={options.quarters} buildings={options.buildings} />
          <DataTableSelectFilter param="type" label="Тип" options={clientTypeOptions} />
          <DataTableSelectFilter param="status" label="Статус" allLabel="Все, кроме архива" options={statusOptions} />
          {options.tags.length > 0 && <DataTableSelectFilter param="tag" label="Тег" options={options.tags} />}
          {showDebt && <DebtFilter />}
        </>
      }
    />
  );
}
