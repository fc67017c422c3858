"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import type { RegistrationRequestRow } from "@/lib/residents/registration/list-registration-requests";
import { approveRegistrationAction } from "./actions";

/** Asks before approving: the resident gets access to the premise, and is told so by SMS. */
export function ApproveRequestDialog({ request }: { request: RegistrationRequestRow }) {
  const [open, setOpen] = useState(false);
  const [keepOnIntegration, setKeepOnIntegration] = useState(false);
  const [busy, setBusy] = useState(false);
  const approve = async () => {
    setBusy(true);
    const result = await approveRegistrationAction({ id: request.id, keepOnIntegration }).finally(() => setBusy(false));
    if (!result.ok) return void toast.error(result.message);
    toast.success(`Заявка одобрена: ${linkBasisLabels[result.data.basis].toLowerCase()}`);
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">Одобрить</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Одобрить заявку?</DialogTitle>
          <DialogDescription>
            {request.lastName} ({request.phone}) получит доступ к помещению {request.address ?? `лицевого счёта № ${request.accountNumber}`}: как
            собственник, если фамилия совпадает с фамилией собственника помещения (или собственников нет), иначе как неподтверждённый
            собственник. Житель получит SMS.
          </DialogDescription>
        </DialogHeader>
        <div className="flex items-start gap-3">
          <Checkbox id={`keep-${request.id}`} checked={keepOnIntegration} onCheckedChange={(v) => setKeepOnIntegration(v === true)} />
          <Label htmlFor={`keep-${request.id}`} className="leading-snug font-normal">
            Не удалять клиента при интеграции — если лицевой счёт ещё не оформлен во внешней системе
          </Label>
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Отмена
          </Button>
          <Button onClick={approve} disabled={busy}>
            {busy ? "Одобряем…" : "Одобрить"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
