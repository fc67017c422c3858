"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { formatCalendarDate } from "@/lib/core/date-time";
import type { MeterViewRow } from "@/lib/meters/meter-export-columns";
import { dueWithinOptions } from "@/lib/meters/meter-filters";
import { meterKindText, resourceLabels, statusLabels } from "@/lib/meters/meter-vocabulary";
import type { ListTotal } from "@/lib/table/list-params";
import { MeterStatusBadge } from "./meter-status-badge";

type Option = { value: string; label: string };

const resourceOptions = Object.entries(resourceLabels).map(([value, label]) => ({ value, label }));
const statusOptions = Object.entries(statusLabels).map(([value, label]) => ({ value, label }));
const dueOptions = dueWithinOptions.map((days) => ({ value: String(days), label: `в ближайшие ${days} дней` }));

const columns: ColumnDef<MeterViewRow>[] = [
  {
    id: "address",
    header: "Адрес",
    cell: ({ row: { original: r } }) => (
      <Link href={r.premiseId ? `/crm/premises/${r.premiseId}?tab=meters` : `/crm/buildings/${r.buildingId}`} className="hover:underline">
        {r.address}
      </Link>
    ),
  },
  { id: "account", header: "Лицевой счёт", enableSorting: false, cell: ({ row }) => row.original.accountNumber ?? "—" },
  { id: "owners", header: "Собственник", enableSorting: false, cell: ({ row }) => <span className="line-clamp-2">{row.original.owners ?? "—"}</span> },
  {
    id: "resource",
    header: "Ресурс",
    enableSorting: false,
    cell: ({ row: { original: r } }) => meterKindText(r.resource, r.zones),
  },
  {
    id: "serial",
    header: "Заводской №",
    cell: ({ row: { original: r } }) => (
      <Link href={`/crm/meters/${r.id}`} className="font-medium hover:underline">
        {r.serialNumber}
      </Link>
    ),
  },
  { id: "model", header: "Модель", enableSorting: false, cell: ({ row }) => row.original.model ?? "—" },
  {
    id: "lastReading",
    header: "Последнее показание",
    enableSorting: false,
    cell: ({ row: { original: r } }) =>
      r.lastReading ? (
        <span>
          {r.lastReading}
          <span className="block text-xs text-muted-foreground">{r.lastReadingOn}</span>
        </span>
      ) : (
        "—"
      ),
  },
  { id: "verification", header: "Поверка до", cell: ({ row }) => (row.original.nextVerificationOn ? formatCalendarDate(row.original.nextVerificationOn) : "—") },
  { id: "status", header: "Статус", enableSorting: false, cell: ({ row }) => <MeterStatusBadge status={row.original.effectiveStatus} /> },
];

export function MetersTable({ rows, total, buildings }: { rows: MeterViewRow[]; total: ListTotal; buildings: Option[] }) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Заводской номер, адрес, лицевой счёт, фамилия"
      exportHref="/crm/meters/export"
      emptyText="Приборов учёта не найдено"
      filters={
        <>
          <FilterPopover label="Дом" params={["building"]}>
            <DataTableSelectFilter param="building" label="Объект" options={buildings} />
          </FilterPopover>
          <DataTableSelectFilter param="resource" label="Ресурс" options={resourceOptions} />
          <DataTableSelectFilter param="status" label="Статус" allLabel="В эксплуатации" options={statusOptions} />
          <DataTableSelectFilter param="due" label="Поверка" allLabel="Поверка: любая дата" options={dueOptions} />
        </>
      }
    />
  );
}
