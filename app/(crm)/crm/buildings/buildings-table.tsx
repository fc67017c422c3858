"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import type { BuildingRow } from "@/lib/org/list-buildings";
import type { ListTotal } from "@/lib/table/list-params";

type Option = { value: string; label: string };

const statusOptions = [{ value: "archived", label: "В архиве" }];

const columnsFor = (timezone: string): ColumnDef<BuildingRow>[] => [
  {
    id: "address",
    header: "Адрес",
    cell: ({ row }) => (
      <Link href={`/crm/buildings/${row.original.id}`} className="font-medium hover:underline">
        {row.original.address}
      </Link>
    ),
  },
  {
    id: "premises",
    header: "Помещений",
    cell: ({ row }) => (
      <span className="tabular-nums" title={`Лицевых счетов: ${row.original.accountCount}`}>
        {row.original.premiseCount}
        <span className="text-muted-foreground"> · {row.original.accountCount} л/с</span>
      </span>
    ),
  },
  { id: "group", header: "Группа", cell: ({ row }) => row.original.groupName ?? "—" },
  { id: "quarter", header: "Квартал", cell: ({ row }) => row.original.quarterName ?? "—" },
  { id: "externalId", header: "Внешний ID", enableSorting: false, cell: ({ row }) => row.original.externalId ?? "—" },
  {
    id: "createdAt",
    header: "Добавлен",
    cell: ({ row }) => (
      <span className="flex items-center gap-2">
        {formatDateTime(row.original.createdAt, timezone, "date")}
        {row.original.archivedAt && <Badge variant="secondary">в архиве</Badge>}
      </span>
    ),
  },
];

/** `timezone` is the viewer's (ctx.timezone): dates print the same on the server and in the browser. */
export function BuildingsTable({ rows, total, groups, quarters, timezone }: { rows: BuildingRow[]; total: ListTotal; groups: Option[]; quarters: Option[]; timezone: string }) {
  const columns = columnsFor(timezone);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Поиск по адресу"
      exportHref="/crm/buildings/export"
      filters={
        <>
          <DataTableSelectFilter param="group" label="Группа" options={groups} />
          <DataTableSelectFilter param="quarter" label="Квартал" options={quarters} />
          <DataTableSelectFilter param="status" label="Статус" allLabel="Действующие" options={statusOptions} />
        </>
      }
    />
  );
}
