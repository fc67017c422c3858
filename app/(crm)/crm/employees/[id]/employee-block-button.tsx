"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { setEmployeeBlockedAction } from "../actions";

export function EmployeeBlockButton({ id, blocked }: { id: string; blocked: boolean }) {
  const router = useRouter();
  return (
    <ConfirmButton
      variant={blocked ? "outline" : "destructive"}
      title={blocked ? "Разблокировать сотрудника?" : "Заблокировать сотрудника?"}
      description={
        blocked
          ? "Сотрудник снова сможет войти в систему со своим паролем."
          : "Сотрудник не сможет войти, а открытые сеансы завершатся при следующем действии. Данные и история сохранятся; блокировку можно снять."
      }
      confirmLabel={blocked ? "Разблокировать" : "Заблокировать"}
      onConfirm={async () => {
        const result = await setEmployeeBlockedAction({ id, blocked: !blocked });
        if (!result.ok) return void toast.error(result.message);
        toast.success(blocked ? "Сотрудник разблокирован" : "Сотрудник заблокирован");
        router.refresh();
      }}
    >
      {blocked ? "Разблокировать" : "Заблокировать"}
    </ConfirmButton>
  );
}
