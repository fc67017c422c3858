"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, Download } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableSearch } from "./data-table-search";
import { useUrlParams } from "./use-url-params";

export type DataTableProps<T> = {
  columns: ColumnDef<T>[];
  rows: T[];
  total: number;
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
}: DataTableProps<T>) {
  const { searchParams, setParams, pending } = useUrlParams();
  const sortKey = searchParams.get("sort");
  const sorting: SortingState = sortKey ? [{ id: sortKey, desc: searchParams.get("dir") === "desc" }] : [];

  const table = useReactTable({
    data: rows,
    columns,
    getRowId,
    state: { sorting },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: true,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      setParams({ sort: first?.id ?? null, dir: first ? (first.desc ? "desc" : "asc") : null });
    },
    getCoreRowModel: getCoreRowModel(),
  });

  const query = searchParams.toString();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {searchPlaceholder && <DataTableSearch placeholder={searchPlaceholder} />}
        {filters}
        <div className="ml-auto flex items-center gap-2">
          {exportHref && (
            <Button variant="outline" size="sm" asChild>
              <a href={query ? `${exportHref}?${query}` : exportHref} download>
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
                  const sorted = header.column.getIsSorted();
                  const label = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <TableHead key={header.id}>
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 hover:text-foreground"
                          onClick={header.column.getToggleSortingHandler()}
                        >
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
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                  ))}
                </TableRow>
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
      <DataTablePagination total={total} />
    </div>
  );
}
