"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { ReasonDialog } from "@/components/forms/reason-dialog";
import { Button } from "@/components/ui/button";
import type { InvoiceStatus } from "@/db/schema";
import { cancelInvoiceAction, issueInvoiceAction } from "../actions";

/** «Аннулировать»: the reason is asked for and kept; the ledger gets reversing entries. */
function CancelDialog({ id }: { id: string }) {
  return (
    <ReasonDialog
      trigger={<Button variant="destructive">Аннулировать</Button>}
      title="Аннулировать счёт?"
      description="Начисления по счёту будут сторнированы в лицевом счёте. Счёт останется в списке со статусом «Аннулирован»."
      confirmLabel="Аннулировать"
      success="Счёт аннулирован"
      submit={(reason) => cancelInvoiceAction({ invoiceId: id, reason })}
    />
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
