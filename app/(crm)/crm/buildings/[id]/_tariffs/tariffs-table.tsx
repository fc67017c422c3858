"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Check, Plus } from "lucide-react";
import { useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DeleteRowButton } from "@/components/forms/delete-row-button";
import { Button } from "@/components/ui/button";
import type { TariffRow } from "@/lib/billing/tariffs/list-building-tariffs";
import type { PayeeOption } from "@/lib/billing/tariffs/payee-options";
import type { ListTotal } from "@/lib/table/list-params";
import { deleteTariffAction } from "../actions";
import { TariffDialog } from "./tariff-dialog";

const flag = (on: boolean, label: string) => (on ? <Check className="size-4" aria-label={label} /> : <span className="text-muted-foreground">—</span>);

const deleteColumn: ColumnDef<TariffRow> = {
  id: "delete",
  header: "",
  enableSorting: false,
  cell: ({ row }) => (
    <DeleteRowButton
      label={`Удалить тариф «${row.original.name}»`}
      description="Тариф пропадёт из списка и из новых счетов. Выставленные счета сохранят его, как были выставлены."
      done="Тариф удалён"
      onDelete={() => deleteTariffAction({ id: row.original.id })}
    />
  ),
};

/** The «Тарифы» tab (seed 000 §7): search over every column shown; a row opens its dialog, the cross archives it. */
export function TariffsTable({
  buildingId,
  rows,
  total,
  payees,
  today,
  canEdit,
}: {
  buildingId: string;
  rows: TariffRow[];
  total: ListTotal;
  payees: PayeeOption[];
  today: string;
  canEdit: boolean;
}) {
  // The open tariff by id, so that the dialog shows the row as the latest refresh of the page has it.
  const [open, setOpen] = useState<string | null>(null);
  const editing = rows.find((r) => r.id === open) ?? null;
  const columns: ColumnDef<TariffRow>[] = [
    { id: "code", header: "Код", cell: ({ row }) => row.original.code || "—" },
    {
      id: "name",
      header: "Услуга",
      cell: ({ row }) =>
        canEdit ? (
          // A button so that the keyboard reaches the dialog too; its click bubbles to the row.
          <button type="button" className="text-left font-medium hover:underline">
            {row.original.name}
          </button>
        ) : (
          <span className="font-medium">{row.original.name}</span>
        ),
    },
    { id: "type", header: "Тип", cell: ({ row }) => row.original.type },
    { id: "method", header: "Расчёт", cell: ({ row }) => row.original.method },
    { id: "unit", header: "Ед.", cell: ({ row }) => row.original.unit },
    { id: "price", header: "Цена", cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{row.original.price}</span> },
    { id: "legalEntity", header: "Юрлицо", cell: ({ row }) => row.original.legalEntity },
    { id: "vat", header: "НДС", cell: ({ row }) => <span className="whitespace-nowrap">{row.original.vat}</span> },
    { id: "cabinet", header: "ЛК", enableSorting: false, cell: ({ row }) => flag(row.original.shownInCabinet, "Показывается в ЛК") },
    { id: "common", header: "ОДН", enableSorting: false, cell: ({ row }) => flag(row.original.commonEnabled, "ОДН включено") },
    ...(canEdit ? [deleteColumn] : []),
  ];
  return (
    <>
      <DataTable
        columns={columns}
        rows={rows}
        total={total}
        getRowId={(r) => r.id}
        searchPlaceholder="Поиск по тарифам"
        emptyText="Тарифов пока нет. Добавьте услуги, за которые выставляются счета."
        onRowClick={canEdit ? (r) => setOpen(r.id) : undefined}
        actions={
          canEdit && (
            <Button size="sm" onClick={() => setOpen("new")}>
              <Plus /> Добавить
            </Button>
          )
        }
      />
      {(open === "new" || editing) && <TariffDialog key={open} buildingId={buildingId} tariff={editing} payees={payees} today={today} onClose={() => setOpen(null)} />}
    </>
  );
}
