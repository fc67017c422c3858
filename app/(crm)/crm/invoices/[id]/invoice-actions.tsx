"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { InvoiceStatus } from "@/db/schema";
import { cancelInvoiceAction, issueInvoiceAction } from "../actions";

/** «Аннулировать»: the reason is asked for and kept; the ledger gets reversing entries. */
function CancelDialog({ id }: { id: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const cancel = async () => {
    setBusy(true);
    const result = await cancelInvoiceAction({ invoiceId: id, reason });
    setBusy(false);
    if (!result.ok) return setError(result.fieldErrors?.reason?.[0] ?? result.message);
    toast.success("Счёт аннулирован");
    setOpen(false);
    router.refresh();
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="destructive">Аннулировать</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Аннулировать счёт?</DialogTitle>
          <DialogDescription>Начисления по счёту будут сторнированы в лицевом счёте. Счёт останется в списке со статусом «Аннулирован».</DialogDescription>
        </DialogHeader>
        <div className="space-y-2">
          <Label htmlFor="cancel-reason">Причина</Label>
          <Textarea id="cancel-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(error)} />
          {error && <p className="text-sm text-destructive">{error}</p>}
        </div>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            Отмена
          </Button>
          <Button type="button" variant="destructive" disabled={busy} onClick={cancel}>
            Аннулировать
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** The card's status changes: a draft with services is issued, an issued invoice is cancelled. */
export function InvoiceActions({ id, status, empty }: { id: string; status: InvoiceStatus; empty: boolean }) {
  const router = useRouter();
  if (status === "issued") return <CancelDialog id={id} />;
  if (status !== "draft") return null;
  if (empty) return <p className="self-center text-sm text-muted-foreground">Добавьте услуги, чтобы выставить счёт</p>;
  return (
    <ConfirmButton
      variant="default"
      title="Выставить счёт?"
      description="Начисления попадут в лицевой счёт, а счёт больше нельзя будет изменить — только аннулировать. Несохранённые изменения услуг не войдут в счёт."
      confirmLabel="Выставить"
      onConfirm={async () => {
        const result = await issueInvoiceAction({ id });
        if (!result.ok) return void toast.error(result.message);
        toast.success("Счёт выставлен");
        router.refresh();
      }}
    >
      Выставить
    </ConfirmButton>
  );
}
