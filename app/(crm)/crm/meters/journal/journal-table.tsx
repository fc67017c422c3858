"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { FileSpreadsheet } from "lucide-react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { JournalViewRow } from "@/lib/meters/journal/journal-view-row";
import type { ListTotal } from "@/lib/table/list-params";

type Option = { value: string; label: string };

const columns: ColumnDef<JournalViewRow>[] = [
  { id: "time", header: "Когда", cell: ({ row }) => <span className="whitespace-nowrap">{row.original.time}</span> },
  { id: "who", header: "Кто", enableSorting: false, cell: ({ row }) => row.original.who },
  { id: "action", header: "Действие", enableSorting: false, cell: ({ row }) => row.original.action },
  {
    id: "meter",
    header: "Прибор и адрес",
    enableSorting: false,
    cell: ({ row: { original: r } }) => (
      <div>
        <div>{r.meter}</div>
        <div className="text-muted-foreground">{r.place}</div>
      </div>
    ),
  },
  {
    id: "change",
    header: "Было → стало",
    enableSorting: false,
    cell: ({ row: { original: r } }) => (r.before || r.after ? `${r.before ?? "—"} → ${r.after ?? "—"}` : "—"),
  },
  { id: "period", header: "Период", enableSorting: false, cell: ({ row }) => row.original.period ?? "—" },
  { id: "source", header: "Источник", enableSorting: false, cell: ({ row }) => row.original.source },
];

/** The month of the action, kept in the URL as «YYYY-MM»; it also names the period «Экспортировать показания» takes. */
function MonthFilter() {
  const { searchParams, setParams } = useUrlParams();
  return (
    <Input
      type="month"
      className="h-8 w-auto"
      aria-label="Месяц"
      value={searchParams.get("month") ?? ""}
      onChange={(e) => setParams({ month: e.target.value || null, year: null })}
    />
  );
}

/** «Экспортировать показания» for the chosen month (this month without one) and building. */
function ReadingsExportButton({ thisMonth }: { thisMonth: string }) {
  const { searchParams } = useUrlParams();
  const query = new URLSearchParams({ period: searchParams.get("month") ?? thisMonth });
  const building = searchParams.get("building");
  if (building) query.set("building", building);
  return (
    <Button variant="outline" size="sm" asChild>
      <a href={`/crm/meters/journal/readings-export?${query}`} download>
        <FileSpreadsheet />
        Экспортировать показания за {query.get("period")}
      </a>
    </Button>
  );
}

export function JournalTable({ rows, total, thisMonth, options }: { rows: JournalViewRow[]; total: ListTotal; thisMonth: string; options: { buildings: Option[]; sources: Option[]; actions: Option[]; years: Option[] } }) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      exportHref="/crm/meters/journal/export"
      emptyText="Записей нет"
      actions={<ReadingsExportButton thisMonth={thisMonth} />}
      filters={
        <>
          <MonthFilter />
          <DataTableSelectFilter param="year" label="Год" options={options.years} />
          <DataTableSelectFilter param="building" label="Объект" options={options.buildings} />
          <DataTableSelectFilter param="source" label="Источник" options={options.sources} />
          <DataTableSelectFilter param="action" label="Действие" options={options.actions} />
        </>
      }
    />
  );
}
