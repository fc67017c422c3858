"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import type { PremiseActivity, PremiseActivityRow } from "@/lib/registry/activity/list-premise-activity";
import { activityTypeLabels, activityTypeOptions } from "@/lib/registry/activity/activity-types";

/** «Активность»: the premise's events, newest first, with search by subject and filters (seed 002 §9). */
export function ActivityTable({ activity, timezone }: { activity: PremiseActivity; timezone: string }) {
  const columns: ColumnDef<PremiseActivityRow>[] = [
    {
      id: "createdAt",
      header: "Дата",
      enableSorting: false,
      cell: ({ row }) => formatDateTime(row.original.createdAt, timezone),
    },
    { id: "type", header: "Тип", enableSorting: false, cell: ({ row }) => activityTypeLabels[row.original.type] ?? row.original.type },
    { id: "subject", header: "Тема", enableSorting: false, cell: ({ row }) => row.original.subject },
    { id: "client", header: "Клиент", enableSorting: false, cell: ({ row }) => row.original.clientName ?? "—" },
    {
      id: "status",
      header: "Статус",
      enableSorting: false,
      cell: ({ row }) => (row.original.status ? <Badge variant="outline">{row.original.status}</Badge> : "—"),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={activity.rows}
      total={activity.total}
      getRowId={(r) => r.id}
      searchPlaceholder="Поиск по теме"
      emptyText="Событий пока нет"
      filters={
        <>
          <DataTableSelectFilter param="type" label="Тип" options={activityTypeOptions} />
          {activity.clientOptions.length > 0 && <DataTableSelectFilter param="client" label="Клиент" options={activity.clientOptions} />}
          {activity.statusOptions.length > 0 && <DataTableSelectFilter param="status" label="Статус" options={activity.statusOptions} />}
        </>
      }
    />
  );
}
