"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { linkClientAction } from "../../premises/[id]/_clients/actions";
import { emptyLink, LinkForm, type LinkedClient } from "../../premises/[id]/_clients/link-form";
import { premiseLinksForLinkAction } from "../actions";
import { PremisePicker } from "./premise-picker";

type Picked = { id: string; address: string; linked: LinkedClient[] };

/** «Помещения → Добавить» (seed 002 §6): find the premise by address, then set the basis and documents. */
export function AddPremiseDialog({ clientId, linkedPremiseIds }: { clientId: string; linkedPremiseIds: string[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [premise, setPremise] = useState<Picked | null>(null);
  const close = () => {
    setOpen(false);
    setPremise(null);
  };
  const pick = async ({ id, address }: { id: string; address: string }) => {
    const result = await premiseLinksForLinkAction({ premiseId: id });
    if (!result.ok) return void toast.error(result.message);
    setPremise({ id, address, linked: result.data });
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Добавить</Button>
      <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : close())}>
        <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
          <DialogHeader>
            <DialogTitle>{premise ? premise.address : "Закрепить помещение"}</DialogTitle>
            <DialogDescription>{premise ? "Основание и документы клиента в этом помещении" : "Найдите помещение, уже добавленное в CRM"}</DialogDescription>
          </DialogHeader>
          {premise ? (
            <LinkForm
              clientId={clientId}
              defaults={emptyLink}
              linked={premise.linked}
              save={(input) => linkClientAction({ ...input, premiseId: premise.id, clientId })}
              onSaved={() => {
                close();
                router.refresh();
              }}
              onCancel={() => setPremise(null)}
            />
          ) : (
            <PremisePicker linkedIds={new Set(linkedPremiseIds)} onPick={pick} />
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
