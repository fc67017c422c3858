"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { placeFailure } from "@/components/forms/place-failure";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { refundPaymentAction } from "./actions";

const outcomes = { succeeded: "Возврат выполнен", pending: "Возврат отправлен, платёжная система его ещё подтверждает", failed: "Платёжная система отклонила возврат" } as const;

/** «Вернуть»: a full or partial sum and the reason; the service refuses more than was charged less what is refunded. */
export function RefundDialog({ paymentId, available }: { paymentId: string; available: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [root, setRoot] = useState<string | null>(null);
  const refund = async () => {
    const result = await refundPaymentAction({ paymentId, amountKopecks: amount, reason });
    if (!result.ok) {
      const placed = placeFailure(result, (field) => field === "amountKopecks" || field === "reason");
      setErrors(Object.fromEntries(placed.fields));
      setRoot(placed.root);
      return;
    }
    if (result.data.status === "failed") toast.error(outcomes.failed);
    else toast.success(outcomes[result.data.status]);
    setOpen(false);
    router.refresh();
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Вернуть</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Возврат платежа</DialogTitle>
          <DialogDescription>Можно вернуть не больше {available}. Деньги уйдут плательщику через платёжную систему, долг по счетам вырастет на сумму возврата.</DialogDescription>
        </DialogHeader>
        <div className="space-y-2">
          <Label htmlFor="refund-amount">Сумма, ₽</Label>
          <Input id="refund-amount" inputMode="decimal" value={amount} maxLength={20} onChange={(e) => setAmount(e.target.value)} aria-invalid={Boolean(errors.amountKopecks)} />
          {errors.amountKopecks && <p className="text-sm text-destructive">{errors.amountKopecks}</p>}
        </div>
        <div className="space-y-2">
          <Label htmlFor="refund-reason">Причина</Label>
          <Textarea id="refund-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(errors.reason)} />
          {errors.reason && <p className="text-sm text-destructive">{errors.reason}</p>}
        </div>
        {root && <p className="text-sm text-destructive">{root}</p>}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            Отмена
          </Button>
          <ConfirmButton title="Вернуть деньги?" description={`Вернуть ${amount || "0"} ₽ плательщику? Отменить возврат нельзя.`} confirmLabel="Вернуть" onConfirm={refund}>
            Вернуть
          </ConfirmButton>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
