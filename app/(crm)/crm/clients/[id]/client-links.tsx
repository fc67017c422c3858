"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import type { ClientLinkRow } from "@/lib/registry/links/list-client-links";
import { unlinkClientAction } from "../../premises/[id]/_clients/actions";
import { EditLinkDialog } from "../../premises/[id]/_clients/link-dialogs";
import type { LinkedClient } from "../../premises/[id]/_clients/link-form";
import { AddPremiseDialog } from "./add-premise-dialog";

type Props = { clientId: string; rows: ClientLinkRow[]; linkedByPremise: Record<string, LinkedClient[]>; canEdit: boolean };

/** «Помещения»: where the client is owner, resident, tenant or representative; a row click edits the link. */
export function ClientLinks({ clientId, rows, linkedByPremise, canEdit }: Props) {
  const [editing, setEditing] = useState<ClientLinkRow | null>(null);
  return (
    <div className="space-y-3">
      {canEdit && (
        <div className="flex justify-end">
          <AddPremiseDialog clientId={clientId} linkedPremiseIds={rows.map((r) => r.premiseId)} />
        </div>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">Клиент не закреплён ни за одним помещением.</p>
      ) : (
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Помещение</TableHead>
                <TableHead>Основание</TableHead>
                <TableHead>Зависит от</TableHead>
                <TableHead>Доля</TableHead>
                <TableHead>Комментарий</TableHead>
                {canEdit && <TableHead />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} className={canEdit ? "cursor-pointer" : undefined} onClick={() => canEdit && setEditing(r)}>
                  <TableCell>
                    <Link href={`/crm/premises/${r.premiseId}`} className="font-medium hover:underline" onClick={(e) => e.stopPropagation()}>
                      {r.premiseAddress}
                    </Link>
                  </TableCell>
                  <TableCell>{linkBasisLabels[r.basis]}</TableCell>
                  <TableCell>{r.masterName ?? "—"}</TableCell>
                  <TableCell>{r.ownershipShare ?? "—"}</TableCell>
                  <TableCell className="max-w-60 text-muted-foreground">{r.staffComment ?? ""}</TableCell>
                  {canEdit && (
                    <TableCell className="text-right" onClick={(e) => e.stopPropagation()}>
                      <ConfirmButton
                        variant="outline"
                        title="Открепить помещение?"
                        description={`Клиент потеряет доступ к помещению «${r.premiseAddress}» в личном кабинете. Связь останется в истории.`}
                        confirmLabel="Открепить"
                        onConfirm={async () => {
                          const result = await unlinkClientAction({ linkId: r.id });
                          if (!result.ok) return void toast.error(result.message);
                          toast.success("Помещение откреплено");
                        }}
                      >
                        <X />
                      </ConfirmButton>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {editing && <EditLinkDialog link={editing} linked={linkedByPremise[editing.premiseId] ?? []} onClose={() => setEditing(null)} />}
    </div>
  );
}
