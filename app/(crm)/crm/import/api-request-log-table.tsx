"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import type { ApiRequestRow } from "@/lib/api/request-log";
import { formatDateTime } from "@/lib/core/date-time";
import type { ListTotal } from "@/lib/table/list-params";

const statusVariant = (status: number) => (status < 400 ? "secondary" : status >= 500 ? "destructive" : "outline");

const columns = (timezone: string): ColumnDef<ApiRequestRow>[] => [
  { id: "createdAt", header: "Дата", enableSorting: false, cell: ({ row }) => formatDateTime(row.original.createdAt, timezone, "seconds") },
  { id: "key", header: "Ключ", enableSorting: false, cell: ({ row }) => `${row.original.keyName} (${row.original.keyPrefix}…)` },
  { id: "request", header: "Запрос", enableSorting: false, cell: ({ row }) => <code className="text-xs break-all">{`${row.original.method} ${row.original.path}`}</code> },
  { id: "status", header: "Ответ", enableSorting: false, cell: ({ row }) => <Badge variant={statusVariant(row.original.status)}>{row.original.status}</Badge> },
  { id: "duration", header: "Время", enableSorting: false, cell: ({ row }) => `${row.original.durationMs} мс` },
  { id: "ip", header: "IP", enableSorting: false, cell: ({ row }) => row.original.ip ?? "—" },
  { id: "detail", header: "Причина отказа", enableSorting: false, cell: ({ row }) => <span className="text-sm text-muted-foreground">{row.original.detail ?? ""}</span> },
];

/** «Журнал обмена → Запросы API»: what each integration's key asked and how it was answered; times in the viewer's zone. */
export function ApiRequestLogTable({ rows, total, keys, timezone }: { rows: ApiRequestRow[]; total: ListTotal; keys: { value: string; label: string }[]; timezone: string }) {
  return (
    <DataTable
      columns={columns(timezone)}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Поиск по адресу запроса"
      emptyText="Запросов по API ещё не было"
      filters={<DataTableSelectFilter param="key" label="Ключ" options={keys} />}
    />
  );
}
