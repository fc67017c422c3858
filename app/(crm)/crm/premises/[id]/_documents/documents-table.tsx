"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Download, X } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { formatCalendarDate, formatDateTime } from "@/lib/core/date-time";
import type { PremiseDocumentRow } from "@/lib/registry/documents/list-premise-documents";
import { archiveDocumentAction } from "./actions";
import { DocumentDialog } from "./document-dialog";
import type { ListTotal } from "@/lib/table/list-params";

type Props = { premiseId: string; rows: PremiseDocumentRow[]; total: ListTotal; canEdit: boolean; timezone: string };

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} КБ` : `${(bytes / 1024 / 1024).toFixed(1)} МБ`);
const day = (iso: string | null) => (iso ? formatCalendarDate(iso) : "—");

/** «Документы»: search by title and description, upload, edit (click the title), download, delete. */
export function DocumentsTable({ premiseId, rows, total, canEdit, timezone }: Props) {
  const [dialog, setDialog] = useState<{ document?: PremiseDocumentRow } | null>(null);
  const columns: ColumnDef<PremiseDocumentRow>[] = [
    {
      id: "title",
      header: "Название",
      cell: ({ row: { original: d } }) =>
        canEdit ? (
          <button type="button" className="text-left font-medium hover:underline" onClick={() => setDialog({ document: d })}>
            {d.title}
          </button>
        ) : (
          <span className="font-medium">{d.title}</span>
        ),
    },
    { id: "description", header: "Описание", enableSorting: false, cell: ({ row }) => <span className="line-clamp-2">{row.original.description ?? "—"}</span> },
    { id: "documentDate", header: "Дата", cell: ({ row }) => day(row.original.documentDate) },
    {
      id: "file",
      header: "Файл",
      enableSorting: false,
      cell: ({ row: { original: d } }) => (
        <a href={`/crm/premises/documents/${d.id}`} download className="inline-flex items-center gap-1 text-sm hover:underline">
          <Download className="size-4" /> {d.fileName} <span className="text-muted-foreground">({size(d.size)})</span>
        </a>
      ),
    },
    {
      id: "createdAt",
      header: "Добавлен",
      cell: ({ row }) => formatDateTime(row.original.createdAt, timezone, "date"),
    },
  ];
  if (canEdit) {
    columns.push({
      id: "actions",
      header: "",
      enableSorting: false,
      cell: ({ row: { original: d } }) => (
        <ConfirmButton
          variant="outline"
          title={`Удалить документ «${d.title}»?`}
          description="Документ пропадёт из списка и из приложения жителя."
          confirmLabel="Удалить"
          onConfirm={async () => {
            const result = await archiveDocumentAction({ id: d.id });
            if (!result.ok) return void toast.error(result.message);
            toast.success("Документ удалён");
          }}
        >
          <X aria-label="Удалить" />
        </ConfirmButton>
      ),
    });
  }
  return (
    <>
      <DataTable
        columns={columns}
        rows={rows}
        total={total}
        getRowId={(d) => d.id}
        searchPlaceholder="Поиск по названию и описанию"
        emptyText="Документов нет"
        actions={canEdit && <Button onClick={() => setDialog({})}>Добавить</Button>}
      />
      {dialog && <DocumentDialog premiseId={premiseId} document={dialog.document} onClose={() => setDialog(null)} />}
    </>
  );
}
