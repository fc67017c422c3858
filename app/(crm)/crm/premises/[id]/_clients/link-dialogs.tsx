"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { FoundClient } from "@/lib/registry/clients/find-clients";
import type { LinkFormInput } from "@/lib/registry/links/link-schema";
import type { PremiseLinkRow } from "@/lib/registry/links/list-premise-links";
import { linkClientAction, updateLinkAction } from "./actions";
import { ClientPicker } from "./client-picker";
import { emptyLink, LinkForm, type LinkedClient } from "./link-form";

/** «Добавить»: find the client, then set the basis (owner unless changed) and the rest of the link. */
export function AddLinkDialog({ premiseId, linked }: { premiseId: string; linked: LinkedClient[] }) {
  const [open, setOpen] = useState(false);
  const [client, setClient] = useState<FoundClient | null>(null);
  const close = () => {
    setOpen(false);
    setClient(null);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Добавить</Button>
      <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : close())}>
        <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
          <DialogHeader>
            <DialogTitle>{client ? client.name : "Закрепить клиента"}</DialogTitle>
            <DialogDescription>{client ? "Основание и документы клиента в этом помещении" : "Найдите клиента, уже добавленного в CRM"}</DialogDescription>
          </DialogHeader>
          {client ? (
            <LinkForm
              clientId={client.id}
              defaults={emptyLink}
              linked={linked}
              save={(input) => linkClientAction({ ...input, premiseId, clientId: client.id })}
              onSaved={close}
              onCancel={() => setClient(null)}
            />
          ) : (
            <ClientPicker linkedIds={new Set(linked.map((l) => l.clientId))} onPick={setClient} />
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}

const text = (v: string | null) => v ?? "";

function defaultsOf(link: PremiseLinkRow): LinkFormInput {
  return {
    basis: link.basis,
    dependsOnClientId: text(link.dependsOnClientId),
    dduNumber: text(link.dduNumber),
    dduDate: text(link.dduDate),
    acceptanceActNumber: text(link.acceptanceActNumber),
    acceptanceActDate: text(link.acceptanceActDate),
    certificateNumber: text(link.certificateNumber),
    certificateDate: text(link.certificateDate),
    managementContractNumber: text(link.managementContractNumber),
    managementContractDate: text(link.managementContractDate),
    ownershipShare: text(link.ownershipShare),
    staffComment: text(link.staffComment),
    onlinePayment: link.onlinePayment,
    keepOnIntegration: link.keepOnIntegration,
  };
}

/** Editing the link of a row the user clicked (seed 002 §6: «модальное окно редактирования связи»). */
export function EditLinkDialog({ link, linked, onClose }: { link: PremiseLinkRow; linked: LinkedClient[]; onClose: () => void }) {
  return (
    <Dialog open onOpenChange={(next) => !next && onClose()}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{link.clientName}</DialogTitle>
          <DialogDescription>Связь клиента с помещением</DialogDescription>
        </DialogHeader>
        <LinkForm
          clientId={link.clientId}
          defaults={defaultsOf(link)}
          linked={linked}
          save={(input) => updateLinkAction({ ...input, linkId: link.id })}
          onSaved={onClose}
          onCancel={onClose}
        />
      </DialogContent>
    </Dialog>
  );
}
