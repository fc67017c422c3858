"use client";

import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { removePremiseMemberAction } from "./actions";

export function RemoveMemberButton({ premiseId, linkId, name }: { premiseId: string; linkId: string; name: string }) {
  return (
    <ConfirmButton
      variant="outline"
      title="Удалить доступ?"
      description={`${name} больше не увидит это помещение в кабинете жителя.`}
      confirmLabel="Удалить"
      onConfirm={async () => {
        const result = await removePremiseMemberAction({ premiseId, linkId });
        if (result.ok) toast.success("Доступ удалён");
        else toast.error(result.message);
      }}
    >
      Удалить
    </ConfirmButton>
  );
}
