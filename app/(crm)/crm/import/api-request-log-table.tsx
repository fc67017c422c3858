"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import type { ApiRequestRow } from "@/lib/api/request-log";

const statusVariant = (status: number) => (status < 400 ? "secondary" : status >= 500 ? "destructive" : "outline");

const columns: ColumnDef<ApiRequestRow>[] = [
  { id: "createdAt", header: "Дата", enableSorting: false, cell: ({ row }) => new Date(row.original.createdAt).toLocaleString("ru-RU") },
  { id: "key", header: "Ключ", enableSorting: false, cell: ({ row }) => `${row.original.keyName} (${row.original.keyPrefix}…)` },
  { id: "request", header: "Запрос", enableSorting: false, cell: ({ row }) => <code className="text-xs break-all">{`${row.original.method} ${row.original.path}`}</code> },
  { id: "status", header: "Ответ", enableSorting: false, cell: ({ row }) => <Badge variant={statusVariant(row.original.status)}>{row.original.status}</Badge> },
  { id: "duration", header: "Время", enableSorting: false, cell: ({ row }) => `${row.original.durationMs} мс` },
  { id: "ip", header: "IP", enableSorting: false, cell: ({ row }) => row.original.ip ?? "—" },
  { id: "detail", header: "Причина отказа", enableSorting: false, cell: ({ row }) => <span className="text-sm text-muted-foreground">{row.original.detail ?? ""}</span> },
];

/** «Журнал обмена → Запросы API»: what each integration's key asked and how it was answered. */
export function ApiRequestLogTable({ rows, total, keys }: { rows: ApiRequestRow[]; total: number; keys: { value: string; label: string }[] }) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Поиск по адресу запроса"
      emptyText="Запросов по API ещё не было"
      filters={<DataTableSelectFilter param="key" label="Ключ" options={keys} />}
    />
  );
}
