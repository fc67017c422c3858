"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { AuditDateFilter } from "./audit-date-filter";
import { AuditDetailsDialog } from "./audit-details-dialog";
import type { AuditViewRow } from "./audit-view-row";
import type { ListTotal } from "@/lib/table/list-params";

type Option = { value: string; label: string };

const columns: ColumnDef<AuditViewRow>[] = [
  { id: "time", header: "Время", cell: ({ row }) => <span className="whitespace-nowrap">{row.original.time}</span> },
  {
    id: "actor",
    header: "Кто",
    enableSorting: false,
    cell: ({ row }) => (
      <span className="flex items-center gap-2">
        {row.original.actor}
        {row.original.actorKind && <Badge variant="secondary">{row.original.actorKind}</Badge>}
      </span>
    ),
  },
  {
    id: "action",
    header: "Действие",
    enableSorting: false,
    cell: ({ row }) => <span title={row.original.actionKey}>{row.original.action}</span>,
  },
  {
    id: "record",
    header: "Запись",
    enableSorting: false,
    cell: ({ row: { original: r } }) => (
      <span className="flex flex-col">
        <span className="text-xs text-muted-foreground">{r.entityType}</span>
        {r.recordHref ? (
          <Link href={r.recordHref} className="hover:underline">
            {r.recordName ?? "открыть"}
          </Link>
        ) : (
          (r.recordName ?? "—")
        )}
      </span>
    ),
  },
  { id: "details", header: "", enableSorting: false, cell: ({ row }) => <AuditDetailsDialog row={row.original} /> },
];

export function AuditTable({ rows, total, actors, entityTypes }: { rows: AuditViewRow[]; total: ListTotal; actors: Option[]; entityTypes: Option[] }) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => String(r.id)}
      exportHref="/crm/audit/export"
      emptyText="Записей нет"
      filters={
        <>
          <DataTableSelectFilter param="actor" label="Кто" options={actors} />
          <DataTableSelectFilter param="entity" label="Запись" options={entityTypes} />
          <AuditDateFilter param="from" label="с" />
          <AuditDateFilter param="to" label="по" />
        </>
      }
    />
  );
}
