"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import type { ActionResult } from "@/lib/core/errors";
import { continueBillingRunAction, issueBillingRunAction, recalculateBillingRunAction } from "../actions";

type Props = { runId: string; status: string; stalled: boolean; invoices: number; total: string };

/** The run's buttons: issue every draft, compute again, or continue a run that stopped halfway. Each asks first. */
export function RunActions({ runId, status, stalled, invoices, total }: Props) {
  const router = useRouter();
  const run = async <T,>(action: (input: { runId: string }) => Promise<ActionResult<T>>, done: (data: T) => string) => {
    const result = await action({ runId });
    if (result.ok) toast.success(done(result.data));
    else toast.error(result.message);
    router.refresh();
  };
  return (
    <div className="flex flex-wrap gap-2">
      {status === "ready" && (
        <ConfirmButton
          variant="outline"
          title="Выставить все счета?"
          description={`Будет выставлено счетов: ${invoices.toLocaleString("ru-RU")} на сумму ${total}. Выставленный счёт нельзя изменить — только аннулировать.`}
          confirmLabel="Выставить"
          onConfirm={() => run(issueBillingRunAction, ({ issued }) => `Выставлено счетов: ${issued.toLocaleString("ru-RU")}`)}
        >
          Выставить все
        </ConfirmButton>
      )}
      {(status === "ready" || status === "failed") && (
        <ConfirmButton
          variant="outline"
          title="Пересчитать?"
          description="Черновики этого расчёта будут рассчитаны заново по текущим тарифам, показаниям и платежам. Выставленные счета и черновики, созданные вручную, не изменятся."
          confirmLabel="Пересчитать"
          onConfirm={() => run(recalculateBillingRunAction, () => "Расчёт запущен заново")}
        >
          Пересчитать
        </ConfirmButton>
      )}
      {(status === "failed" || stalled) && (
        <ConfirmButton
          variant="outline"
          title="Продолжить расчёт?"
          description="Расчёт продолжится с лицевого счёта, на котором остановился; уже рассчитанные счета не повторятся."
          confirmLabel="Продолжить"
          onConfirm={() => run(continueBillingRunAction, () => "Расчёт продолжен")}
        >
          Продолжить
        </ConfirmButton>
      )}
    </div>
  );
}
