"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import type { BuildingRow } from "@/lib/org/list-buildings";
import type { ListTotal } from "@/lib/table/list-params";

type Option = { value: string; label: string };

const statusOptions = [{ value: "archived", label: "В архиве" }];

export function BuildingsTable({ rows, total, canEdit, groups, quarters }: { rows: BuildingRow[]; total: ListTotal; canEdit: boolean; groups: Option[]; quarters: Option[] }) {
  const columns: ColumnDef<BuildingRow>[] = [
    {
      id: "address",
      header: "Адрес",
      cell: ({ row }) =>
        canEdit ? (
          <Link href={`/crm/buildings/${row.original.id}`} className="font-medium hover:underline">
            {row.original.address}
          </Link>
        ) : (
          row.original.address
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
          {new Date(row.original.createdAt).toLocaleDateString("ru-RU")}
          {row.original.archivedAt && <Badge variant="secondary">в архиве</Badge>}
        </span>
      ),
    },
  ];
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
