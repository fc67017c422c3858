"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { unlockEmployeeSignInAction } from "../actions";

/** Lifts the lock that wrong passwords put on the employee's sign-in (not a block set by a manager). */
export function EmployeeUnlockButton({ id }: { id: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      variant="outline"
      title="Снять блокировку входа?"
      description="Вход был заблокирован после нескольких неверных паролей. Если это были не попытки самого сотрудника, предложите ему сменить пароль."
      confirmLabel="Снять блокировку"
      onConfirm={async () => {
        const result = await unlockEmployeeSignInAction({ id });
        if (!result.ok) return void toast.error(result.message);
        toast.success("Блокировка входа снята");
        router.refresh();
      }}
    >
      Снять блокировку входа
    </ConfirmButton>
  );
}
