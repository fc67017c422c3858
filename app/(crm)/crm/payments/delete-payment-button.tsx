"use client";

import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { deletePaymentAction } from "./delete-actions";

/** The cross in a third-party payment's row: asks for the reason, then reverses the payment in the ledger. */
export function DeletePaymentButton({ paymentId }: { paymentId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const result = await deletePaymentAction({ paymentId, reason });
    setBusy(false);
    if (!result.ok) return setError(result.fieldErrors?.reason?.[0] ?? result.message);
    toast.success("Платёж удалён");
    setOpen(false);
    router.refresh();
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="ghost" size="icon" aria-label="Удалить платёж" title="Удалить платёж" onClick={(e) => e.stopPropagation()}>
          <X className="size-4" />
        </Button>
      </DialogTrigger>
      <DialogContent onClick={(e) => e.stopPropagation()}>
        <DialogHeader>
          <DialogTitle>Удалить платёж?</DialogTitle>
          <DialogDescription>Оплата будет сторнирована: долг по счетам вернётся. Платёж останется в списке со статусом «Удалён».</DialogDescription>
        </DialogHeader>
        <div className="space-y-2">
          <Label htmlFor={`delete-reason-${paymentId}`}>Причина</Label>
          <Textarea id={`delete-reason-${paymentId}`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(error)} />
          {error && <p className="text-sm text-destructive">{error}</p>}
        </div>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            Отмена
          </Button>
          <Button type="button" variant="destructive" disabled={busy} onClick={remove}>
            Удалить
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
