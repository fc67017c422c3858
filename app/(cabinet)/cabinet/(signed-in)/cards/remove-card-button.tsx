"use client";

import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { removeSavedCardAction } from "./actions";

export function RemoveCardButton({ cardId, title }: { cardId: string; title: string }) {
  return (
    <ConfirmButton
      variant="outline"
      title="Удалить карту?"
      description={`Карта ${title} больше не будет предлагаться для оплаты; автоплатёж с ней перестанет списывать.`}
      confirmLabel="Удалить"
      onConfirm={async () => {
        const result = await removeSavedCardAction({ cardId });
        if (result.ok) toast.success("Карта удалена");
        else toast.error(result.message);
      }}
    >
      Удалить
    </ConfirmButton>
  );
}
