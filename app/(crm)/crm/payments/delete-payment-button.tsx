"use client";

import { X } from "lucide-react";
import { ReasonDialog } from "@/components/forms/reason-dialog";
import { Button } from "@/components/ui/button";
import { deletePaymentAction } from "./delete-actions";

/** The cross in a third-party payment's row: asks for the reason, then reverses the payment in the ledger. */
export function DeletePaymentButton({ paymentId }: { paymentId: string }) {
  return (
    <ReasonDialog
      trigger={
        <Button type="button" variant="ghost" size="icon" aria-label="Удалить платёж" title="Удалить платёж" onClick={(e) => e.stopPropagation()}>
          <X className="size-4" />
        </Button>
      }
      title="Удалить платёж?"
      description="Оплата будет сторнирована: долг по счетам вернётся. Платёж останется в списке со статусом «Удалён»."
      confirmLabel="Удалить"
      success="Платёж удалён"
      submit={(reason) => deletePaymentAction({ paymentId, reason })}
    />
  );
}
