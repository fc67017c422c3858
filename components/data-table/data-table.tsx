"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, Download } from "lucide-react";
import { Fragment, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ListTotal } from "@/lib/table/list-params";
import { cn } from "@/lib/utils";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableSearch } from "./data-table-search";
import { useUrlParams } from "./use-url-params";

export type DataTableProps<T> = {
  columns: ColumnDef<T>[];
  rows: T[];
  total: ListTotal;
  /** Placeholder of the search box; omit to hide search. */
  searchPlaceholder?: string;
  /** Filters shown beside the search box (DataTableSelectFilter etc.). */
  filters?: ReactNode;
  /** Buttons at the right of the toolbar (e.g. «Добавить»). */
  actions?: ReactNode;
  /** Route that answers the same query with an .xlsx file. */
  exportHref?: string;
  emptyText?: string;
  getRowId?: (row: T) => string;
  /** Opens a row (e.g. its edit dialog); controls inside the row stop the click themselves. */
  onRowClick?: (row: T) => void;
  /** Details shown under a row once it is clicked (a second click hides them); instead of onRowClick. */
  expandedRow?: (row: T) => ReactNode;
};

/**
 * The shared staff table: paging, sorting, search and filters live in the URL and are applied on the server;
 * «Excel» downloads exactly the filtered rows. Columns may set `enableSorting: false`; their `id` is the sort key.
 */
export function DataTable<T>({
  columns,
  rows,
  total,
  searchPlaceholder,
  filters,
  actions,
  exportHref,
  emptyText = "Ничего не найдено",
  getRowId,
  onRowClick,
  expandedRow,
}: DataTableProps<T>) {
  const { searchParams, setParams, pending } = useUrlParams();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const clickRow = (id: string, row: T) => (expandedRow ? toggle(id) : onRowClick?.(row));
  const sortKey = searchParams.get("sort");

  const table = useReactTable({
    data: rows,
    columns,
    getRowId,
    manualSorting: true,
    manualPagination: true,
    getCoreRowModel: getCoreRowModel(),
  });

  // Sorting happens on the server by column id, so any column is sortable unless it says otherwise; clicks cycle
  // ascending → descending → unsorted.
  const toggleSort = (id: string) => {
    const dir = sortKey === id ? searchParams.get("dir") : null;
    if (sortKey !== id) setParams({ sort: id, dir: "asc" });
    else if (dir !== "desc") setParams({ sort: id, dir: "desc" });
    else setParams({ sort: null, dir: null });
  };

  const query = searchParams.toString();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {searchPlaceholder && <DataTableSearch placeholder={searchPlaceholder} />}
        {filters}
        <div className="ml-auto flex items-center gap-2">
          {exportHref && (
            <Button variant="outline" size="sm" asChild>
              <a href={query ? `${exportHref}${exportHref.includes("?") ? "&" : "?"}${query}` : exportHref} download>
                <Download /> Excel
              </a>
            </Button>
          )}
          {actions}
        </div>
      </div>
      <div className={cn("rounded-md border transition-opacity", pending && "opacity-60")}>
        <Table>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sorted = sortKey === id ? (searchParams.get("dir") === "desc" ? "desc" : "asc") : false;
                  const label = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <TableHead key={header.id} aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
                      {header.column.columnDef.enableSorting !== false ? (
                        <button type="button" className="inline-flex items-center gap-1 hover:text-foreground" onClick={() => toggleSort(id)}>
                          {label}
                          {sorted === "asc" ? <ArrowUp className="size-3" /> : sorted === "desc" ? <ArrowDown className="size-3" /> : <ArrowUpDown className="size-3 opacity-40" />}
                        </button>
                      ) : (
                        label
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {table.getRowModel().rows.length ? (
              table.getRowModel().rows.map((row) => (
                <Fragment key={row.id}>
                  <TableRow
                    className={cn((onRowClick || expandedRow) && "cursor-pointer")}
                    aria-expanded={expandedRow ? expanded.has(row.id) : undefined}
                    onClick={onRowClick || expandedRow ? () => clickRow(row.id, row.original) : undefined}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                    ))}
                  </TableRow>
                  {expandedRow && expanded.has(row.id) && (
                    <TableRow className="bg-muted/30 hover:bg-muted/30">
                      <TableCell colSpan={columns.length}>{expandedRow(row.original)}</TableCell>
                    </TableRow>
                  )}
                </Fragment>
              ))
            ) : (
              <TableRow>
                <TableCell colSpan={columns.length} className="h-24 text-center text-muted-foreground">
                  {emptyText}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination total={total} pageRows={rows.length} />
    </div>
  );
}
