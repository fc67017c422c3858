"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import { exchangeKindLabel, exchangeStatuses, exchangeStatusLabels, exchangeSummaryText } from "@/lib/exchange/exchange-log-labels";
import type { ExchangeLogRow } from "@/lib/exchange/list-exchange-log";
import type { ListTotal } from "@/lib/table/list-params";

const statusOptions = exchangeStatuses.map((value) => ({ value, label: exchangeStatusLabels[value] }));
const statusVariant = { ok: "secondary", failed: "destructive", rejected: "outline" } as const;

const columns = (timezone: string): ColumnDef<ExchangeLogRow>[] => [
  { id: "createdAt", header: "Дата", cell: ({ row }) => formatDateTime(row.original.createdAt, timezone) },
  { id: "kind", header: "Вид", enableSorting: false, cell: ({ row }) => exchangeKindLabel(row.original.kind) },
  { id: "fileName", header: "Файл", cell: ({ row }) => row.original.fileName ?? "—" },
  { id: "actor", header: "Сотрудник", enableSorting: false, cell: ({ row }) => row.original.actorName ?? "—" },
  { id: "status", header: "Статус", cell: ({ row }) => <Badge variant={statusVariant[row.original.status]}>{exchangeStatusLabels[row.original.status]}</Badge> },
  { id: "summary", header: "Итог", enableSorting: false, cell: ({ row }) => <span className="text-sm text-muted-foreground">{exchangeSummaryText(row.original)}</span> },
];

/** `timezone` is the viewer's (ctx.timezone): dates print the same on the server and in the browser. */
export function ExchangeLogTable({ rows, total, timezone }: { rows: ExchangeLogRow[]; total: ListTotal; timezone: string }) {
  return (
    <DataTable
      columns={columns(timezone)}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Поиск по файлу или сотруднику"
      exportHref="/crm/import/export"
      emptyText="Загрузок ещё не было"
      filters={<DataTableSelectFilter param="status" label="Статус" options={statusOptions} />}
    />
  );
}
