"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DebtFilter, debtColumn } from "../debt-filter";
import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { Badge } from "@/components/ui/badge";
import { accountStatusLabel } from "@/lib/registry/accounts/account-export-columns";
import type { ListTotal } from "@/lib/table/list-params";
import type { AccountRow } from "@/lib/registry/accounts/list-accounts";
import { premiseNumberLabel } from "@/lib/registry/premise-address";

type Option = { value: string; label: string };
export type AccountFilterOptions = { groups: Option[]; buildings: Option[]; legalEntities: Option[] };

const statusOptions = [
  { value: "hidden", label: "Скрытые в ЛК жителя" },
  { value: "archived", label: "Удалённые" },
];

const columns = (showDebt: boolean): ColumnDef<AccountRow>[] => [
  {
    id: "number",
    header: "Лицевой счёт",
    cell: ({ row: { original: r } }) => (
      // Who may see money opens the account's «Расшифровка»; the others its premise's accounts.
      <Link href={showDebt ? `/crm/accounts/${r.id}` : `/crm/premises/${r.premiseId}?tab=accounts`} className="font-medium hover:underline">
        {r.number}
      </Link>
    ),
  },
  { id: "els", header: "ЕЛС", enableSorting: false, cell: ({ row }) => row.original.els ?? "—" },
  {
    id: "address",
    header: "Помещение",
    cell: ({ row: { original: r } }) => (
      <Link href={`/crm/premises/${r.premiseId}`} className="hover:underline">
        <span className="text-muted-foreground">{r.buildingAddress}, </span>
        {premiseNumberLabel(r.premiseType, r.premiseNumber)}
      </Link>
    ),
  },
  { id: "owners", header: "Собственники", enableSorting: false, cell: ({ row }) => <span className="line-clamp-2">{row.original.owners ?? "—"}</span> },
  { id: "legalEntity", header: "Юридическое лицо", enableSorting: false, cell: ({ row }) => row.original.legalEntityName ?? "—" },
  {
    id: "status",
    header: "Статус",
    enableSorting: false,
    cell: ({ row: { original: r } }) => <Badge variant={r.archivedAt || r.hiddenInCabinet ? "secondary" : "outline"}>{accountStatusLabel(r)}</Badge>,
  },
  ...(showDebt ? [debtColumn<AccountRow>()] : []),
];

type Props = { rows: AccountRow[]; total: ListTotal; options: AccountFilterOptions; showDebt: boolean };

export function AccountsListTable({ rows, total, options, showDebt }: Props) {
  return (
    <DataTable
      columns={columns(showDebt)}
      rows={rows}
      total={total}
      getRowId={(r) => r.id}
      searchPlaceholder="Номер, ЕЛС, собственник, адрес"
      exportHref="/crm/accounts/export"
      filters={
        <>
          <FilterPopover label="Дом" params={["group", "building"]}>
            {options.groups.length > 0 && <DataTableSelectFilter param="group" label="Группа" options={options.groups} />}
            <DataTableSelectFilter param="building" label="Объект" options={options.buildings} />
          </FilterPopover>
          {options.legalEntities.length > 1 && <DataTableSelectFilter param="legalEntity" label="Юрлицо" options={options.legalEntities} />}
          <DataTableSelectFilter param="status" label="Статус" allLabel="Действующие" options={statusOptions} />
          {showDebt && <DebtFilter />}
        </>
      }
    />
  );
}
