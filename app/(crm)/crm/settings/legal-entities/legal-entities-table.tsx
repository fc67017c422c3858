"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import type { LegalEntityRow } from "@/lib/org/list-legal-entities";
import type { ListTotal } from "@/lib/table/list-params";

const statusOptions = [{ value: "archived", label: "В архиве" }];

const columns = (timezone: string): ColumnDef<LegalEntityRow>[] => [
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
        {formatDateTime(row.original.createdAt, timezone, "date")}
        {row.original.archivedAt && <Badge variant="secondary">в архиве</Badge>}
      </span>
    ),
  },
];

/** `timezone` is the viewer's (ctx.timezone): dates print the same on the server and in the browser. */
export function LegalEntitiesTable({ rows, total, timezone }: { rows: LegalEntityRow[]; total: ListTotal; timezone: string }) {
  return (
    <DataTable
      columns={columns(timezone)}
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
