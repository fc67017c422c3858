"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import type { RegistrationRequestRow } from "@/lib/residents/registration/list-registration-requests";
import { registrationStatusLabels } from "@/lib/residents/registration/registration-request-filters";
import { ApproveRequestDialog } from "./approve-request-dialog";
import { DeclineRequestDialog } from "./decline-request-dialog";
import type { ListTotal } from "@/lib/table/list-params";

const statusOptions = [
  { value: "approved", label: "Одобренные" },
  { value: "declined", label: "Отклонённые" },
  { value: "all", label: "Все заявки" },
];

const columns = (timezone: string): ColumnDef<RegistrationRequestRow>[] => [
  { id: "createdAt", header: "Дата", cell: ({ row }) => formatDateTime(row.original.createdAt, timezone) },
  {
    id: "lastName",
    header: "Житель",
    cell: ({ row }) => (
      <div>
        <div className="font-medium">{[row.original.lastName, row.original.firstName, row.original.middleName].filter(Boolean).join(" ")}</div>
        <div className="text-muted-foreground">{row.original.phone}</div>
      </div>
    ),
  },
  { id: "accountNumber", header: "Лицевой счёт", cell: ({ row }) => row.original.accountNumber },
  {
    id: "address",
    header: "Помещение",
    enableSorting: false,
    cell: ({ row }) => row.original.address ?? <span className="text-destructive">лицевой счёт не найден</span>,
  },
  {
    id: "status",
    header: "Статус",
    cell: ({ row }) => (
      <div className="space-y-1">
        <Badge variant={row.original.status === "declined" ? "destructive" : row.original.status === "approved" ? "default" : "secondary"}>
          {registrationStatusLabels[row.original.status]}
        </Badge>
        {row.original.declineReason && <div className="max-w-60 text-xs text-muted-foreground">{row.original.declineReason}</div>}
      </div>
    ),
  },
  {
    id: "actions",
    header: "",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.status === "pending" && (
        <div className="flex justify-end gap-2">
          <ApproveRequestDialog request={row.original} />
          <DeclineRequestDialog request={row.original} />
        </div>
      ),
  },
];

/** `timezone` is the viewer's (ctx.timezone): dates print the same on the server and in the browser. */
export function RegistrationRequestsTable({ rows, total, timezone }: { rows: RegistrationRequestRow[]; total: ListTotal; timezone: string }) {
  return (
    <DataTable
      columns={columns(timezone)}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Фамилия, телефон, лицевой счёт"
      exportHref="/crm/clients/registration-requests/export"
      emptyText="Заявок нет"
      filters={<DataTableSelectFilter param="status" label="Статус" allLabel="Ждут решения" options={statusOptions} />}
    />
  );
}
