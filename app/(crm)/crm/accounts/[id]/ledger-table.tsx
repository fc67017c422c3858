"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Input } from "@/components/ui/input";
import type { ListTotal } from "@/lib/table/list-params";

/** A ledger entry as the server formatted it (dates in the organisation's terms, money as «1 234,56 ₽»). */
export type LedgerView = {
  id: string;
  date: string;
  period: string;
  kind: string;
  source: string;
  invoiceId: string | null;
  amount: string;
  negative: boolean;
  running: string;
};

const columns: ColumnDef<LedgerView>[] = [
  // The one sortable column: ascending puts the newest entry last, descending first.
  { id: "date", header: "Дата", cell: ({ row }) => row.original.date },
  { id: "period", header: "Период", enableSorting: false, cell: ({ row }) => row.original.period || "—" },
  { id: "kind", header: "Вид", enableSorting: false, cell: ({ row }) => row.original.kind },
  {
    id: "source",
    header: "Источник",
    enableSorting: false,
    cell: ({ row: { original: r } }) =>
      r.invoiceId ? (
        <Link href={`/crm/invoices/${r.invoiceId}`} className="hover:underline">
          {r.source}
        </Link>
      ) : (
        r.source || "—"
      ),
  },
  {
    id: "amount",
    header: () => <span className="block text-right">Сумма</span>,
    enableSorting: false,
    cell: ({ row: { original: r } }) => <span className={r.negative ? "block text-right whitespace-nowrap text-emerald-700" : "block text-right whitespace-nowrap"}>{r.amount}</span>,
  },
  {
    id: "running",
    header: () => <span className="block text-right">Остаток</span>,
    enableSorting: false,
    cell: ({ row }) => <span className="block text-right font-medium whitespace-nowrap">{row.original.running}</span>,
  },
];

/** A billing month bound to the URL (`YYYY-MM`), one end of the period range. */
function MonthFilter({ param, label }: { param: string; label: string }) {
  const { searchParams, setParams } = useUrlParams();
  return (
    <label className="flex items-center gap-1 text-sm text-muted-foreground">
      {label}
      <Input type="month" aria-label={`Период ${label}`} className="h-8 w-40" value={searchParams.get(param) ?? ""} onChange={(e) => setParams({ [param]: e.target.value || null })} />
    </label>
  );
}

/** «Расшифровка»: the account's ledger with the balance after each entry; periods from–to; Excel of the same rows. */
export function LedgerTable({ rows, total, accountId }: { rows: LedgerView[]; total: ListTotal; accountId: string }) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      exportHref={`/crm/accounts/ledger-export?account=${accountId}`}
      emptyText="Движений по счёту нет"
      filters={
        <>
          <MonthFilter param="from" label="с" />
          <MonthFilter param="to" label="по" />
        </>
      }
    />
  );
}
