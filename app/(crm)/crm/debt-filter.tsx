"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { formatRoubles } from "@/lib/exchange/decimal";
import { TextFilter } from "./clients/text-filter";

const kindOptions = [
  { value: "debtors", label: "Только должники" },
  { value: "overpaid", label: "С переплатой" },
];

/** «Долг»: debtors or overpayments, and a range in roubles, under one button of a registry list. */
export function DebtFilter() {
  return (
    <FilterPopover label="Долг" params={["debt", "debtFrom", "debtTo"]}>
      <DataTableSelectFilter param="debt" label="Долг" allLabel="Все" options={kindOptions} />
      <TextFilter param="debtFrom" label="Долг от, ₽" />
      <TextFilter param="debtTo" label="Долг до, ₽" />
    </FilterPopover>
  );
}

/** The «Долг» column: the balance, debt in red, an overpayment with a minus, nothing owed as a dash. */
export function debtColumn<T extends { debtKopecks: bigint | null }>(): ColumnDef<T> {
  return {
    id: "debt",
    header: () => <span className="block text-right">Долг</span>,
    enableSorting: false,
    cell: ({ row: { original: r } }) => {
      const debt = r.debtKopecks;
      if (debt === null || debt === 0n) return <span className="block text-right text-muted-foreground">—</span>;
      return <span className={debt > 0n ? "block text-right whitespace-nowrap text-destructive" : "block text-right whitespace-nowrap"}>{formatRoubles(debt)}</span>;
    },
  };
}
