"use client";

import { TriangleAlert, X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import type { PremiseLinkRow } from "@/lib/registry/links/list-premise-links";
import { unlinkClientAction } from "./actions";
import { AddLinkDialog, EditLinkDialog } from "./link-dialogs";

type Props = { premiseId: string; links: PremiseLinkRow[]; warning: string | null; canEdit: boolean; canOpenClients: boolean };

/** «Клиенты»: who is linked and on what basis; a click on a row edits the link, the cross unlinks. */
export function LinksTable({ premiseId, links, warning, canEdit, canOpenClients }: Props) {
  const [editing, setEditing] = useState<PremiseLinkRow | null>(null);
  const linked = links.map((l) => ({ clientId: l.clientId, name: l.clientName, basis: l.basis }));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        {warning ? (
          <p className="flex items-center gap-2 text-sm text-amber-700 dark:text-amber-300">
            <TriangleAlert className="size-4" /> {warning}
          </p>
        ) : (
          <span />
        )}
        {canEdit && <AddLinkDialog premiseId={premiseId} linked={linked} />}
      </div>
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>ФИО</TableHead>
              <TableHead>Телефон</TableHead>
              <TableHead>Основание</TableHead>
              <TableHead>Зависит от</TableHead>
              <TableHead>Доля</TableHead>
              {canEdit && <TableHead className="w-12" />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {links.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} className="h-20 text-center text-muted-foreground">
                  За помещением пока никто не закреплён
                </TableCell>
              </TableRow>
            )}
            {links.map((link) => (
              <TableRow key={link.id} className={canEdit ? "cursor-pointer" : undefined} onClick={() => canEdit && setEditing(link)}>
                <TableCell>
                  {canOpenClients ? (
                    <Link href={`/crm/clients/${link.clientId}`} className="font-medium hover:underline" onClick={(e) => e.stopPropagation()}>
                      {link.clientName}
                    </Link>
                  ) : (
                    link.clientName
                  )}
                </TableCell>
                <TableCell>{link.clientPhone ?? "—"}</TableCell>
                <TableCell>{linkBasisLabels[link.basis]}</TableCell>
                <TableCell>{link.masterName ?? "—"}</TableCell>
                <TableCell>{link.ownershipShare ?? "—"}</TableCell>
                {canEdit && (
                  <TableCell onClick={(e) => e.stopPropagation()}>
                    <ConfirmButton
                      variant="outline"
                      title="Открепить клиента?"
                      description={`${link.clientName} потеряет доступ к помещению в приложении жителя. Связь останется в истории.`}
                      confirmLabel="Открепить"
                      onConfirm={async () => {
                        const result = await unlinkClientAction({ linkId: link.id });
                        if (!result.ok) return void toast.error(result.message);
                        toast.success("Клиент откреплён");
                      }}
                    >
                      <X aria-label="Открепить" />
                    </ConfirmButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {editing && <EditLinkDialog link={editing} linked={linked} onClose={() => setEditing(null)} />}
    </div>
  );
}
