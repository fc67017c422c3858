"use client";

import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { removeClientExternalIdAction } from "../actions";
import { ExternalIdDialog } from "./external-id-dialog";

type Row = { id: string; externalId: string; note: string | null };

/** Several external ids, one per accounting system the client comes from, each with a note. */
export function ClientExternalIds({ clientId, rows, canEdit }: { clientId: string; rows: Row[]; canEdit: boolean }) {
  const router = useRouter();
  return (
    <div className="max-w-2xl space-y-3">
      {rows.length === 0 && <p className="text-sm text-muted-foreground">Внешних идентификаторов нет.</p>}
      <ul className="divide-y rounded-md border">
        {rows.map((row) => (
          <li key={row.id} className="flex items-start gap-3 px-3 py-2">
            <div className="min-w-0 flex-1">
              <div className="font-mono text-sm">{row.externalId}</div>
              {row.note && <div className="text-sm text-muted-foreground">{row.note}</div>}
            </div>
            {canEdit && (
              <>
                <ExternalIdDialog
                  clientId={clientId}
                  row={row}
                  trigger={
                    <Button variant="ghost" size="sm" aria-label={`Изменить ${row.externalId}`}>
                      <Pencil />
                    </Button>
                  }
                />
                <ConfirmButton
                  title="Удалить внешний идентификатор?"
                  description={`«${row.externalId}» перестанет связывать клиента с учётной системой: следующая загрузка с этим идентификатором создаст нового клиента или найдёт его по телефону.`}
                  confirmLabel="Удалить"
                  onConfirm={async () => {
                    const result = await removeClientExternalIdAction({ id: row.id });
                    if (!result.ok) return void toast.error(result.message);
                    toast.success("Внешний идентификатор удалён");
                    router.refresh();
                  }}
                >
                  Удалить
                </ConfirmButton>
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <ExternalIdDialog
          clientId={clientId}
          trigger={
            <Button variant="outline" size="sm">
              <Plus /> Добавить внешний идентификатор
            </Button>
          }
        />
      )}
    </div>
  );
}
