"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/date-time";
import type { EmployeeRow } from "@/lib/access/list-employees";
import { EmployeeAvatar } from "./employee-avatar";
import type { ListTotal } from "@/lib/table/list-params";

type Option = { value: string; label: string };

const statusOptions = [
  { value: "active", label: "Активные" },
  { value: "blocked", label: "Заблокированные" },
];

const fullName = (e: EmployeeRow) => [e.lastName, e.firstName, e.middleName].filter(Boolean).join(" ");

/** `timezone` is the viewer's (ctx.timezone): dates print the same on the server and in the browser. */
export function EmployeesTable({ rows, total, canEdit, roles, timezone }: { rows: EmployeeRow[]; total: ListTotal; canEdit: boolean; roles: Option[]; timezone: string }) {
  const columns: ColumnDef<EmployeeRow>[] = [
    {
      id: "name",
      header: "Сотрудник",
      cell: ({ row: { original: e } }) => (
        <span className="flex items-center gap-2">
          <EmployeeAvatar photo={e.photo} lastName={e.lastName} firstName={e.firstName} size="sm" />
          {canEdit ? (
            <Link href={`/crm/employees/${e.id}`} className="font-medium hover:underline">
              {fullName(e)}
            </Link>
          ) : (
            fullName(e)
          )}
          {e.blockedAt && <Badge variant="destructive">заблокирован</Badge>}
        </span>
      ),
    },
    { id: "position", header: "Должность", enableSorting: false, cell: ({ row }) => row.original.position ?? "—" },
    { id: "role", header: "Роль", cell: ({ row }) => row.original.roleName },
    { id: "email", header: "Электронная почта", cell: ({ row }) => row.original.email },
    { id: "phone", header: "Телефон", enableSorting: false, cell: ({ row }) => row.original.phone ?? "—" },
    {
      id: "lastLogin",
      header: "Последний вход",
      cell: ({ row }) => (row.original.lastLoginAt ? formatDateTime(row.original.lastLoginAt, timezone) : "не входил"),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="ФИО, email, телефон"
      exportHref="/crm/employees/export"
      filters={
        <>
          <DataTableSelectFilter param="role" label="Роль" options={roles} />
          <DataTableSelectFilter param="status" label="Статус" options={statusOptions} />
        </>
      }
    />
  );
}
