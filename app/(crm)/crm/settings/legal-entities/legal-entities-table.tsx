"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import type { LegalEntityRow } from "@/lib/org/list-legal-entities";
import type { ListTotal } from "@/lib/table/list-params";

const statusOptions = [{ value: "archived", label: "В архиве" }];

const columns: ColumnDef<LegalEntityRow>[] = [
  {
    id: "name",
    header: "Наименование",
    cell: ({ row }) => (
      <Link href={`/crm/settings/legal-entities/${row.original.id}`} className="font-medium hover:underline">
        {row.original.name}
      </Link>
    ),
  },
  { id: "inn", header: "ИНН", cell: ({ row }) => row.original.inn },
  { id: "kpp", header: "КПП", enableSorting: false, cell: ({ row }) => row.original.kpp ?? "—" },
  {
    id: "account",
    header: "Основной счёт",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.settlementAccount ? (
        <span className="flex flex-col">
          <span className="font-mono text-xs">{row.original.settlementAccount}</span>
          <span className="text-xs text-muted-foreground">{row.original.bankName}</span>
        </span>
      ) : (
        <Badge variant="outline">нет счёта</Badge>
      ),
  },
  { id: "accounts", header: "Счетов", enableSorting: false, cell: ({ row }) => row.original.accounts },
  {
    id: "createdAt",
    header: "Добавлено",
    cell: ({ row }) => (
      <span className="flex items-center gap-2">
        {new Date(row.original.createdAt).toLocaleDateString("ru-RU")}
        {row.original.archivedAt && <Badge variant="secondary">в архиве</Badge>}
      </span>
    ),
  },
];

export function LegalEntitiesTable({ rows, total }: { rows: LegalEntityRow[]; total: ListTotal }) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Поиск по названию или ИНН"
      exportHref="/crm/settings/legal-entities/export"
      emptyText="Юридических лиц пока нет"
      filters={<DataTableSelectFilter param="status" label="Статус" allLabel="Действующие" options={statusOptions} />}
    />
  );
}
