"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { penaltyRateCreateSchema, penaltyRateKindLabels } from "@/lib/billing/penalty-rates/penalty-rate-schema";
import { createPenaltyRateAction } from "./actions";

const kindOptions = Object.entries(penaltyRateKindLabels).map(([value, label]) => ({ value, label }));

/** Adding an organisation's own dated row: a rate in percent, or a moratorium (optionally only for older debts). */
export function PenaltyRateDialog({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(penaltyRateCreateSchema, createPenaltyRateAction, {
    defaultValues: { kind: "key_rate", validFrom: "", validTo: "", rate: "", debtsBefore: "", note: "" },
    successMessage: "Ставка добавлена",
    onSuccess: () => {
      onClose();
      router.refresh();
    },
  });
  const c = form.control;
  const kind = useWatch({ control: c, name: "kind" });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Новая ставка для пеней</DialogTitle>
          <DialogDescription>Из ключевой ставки и предельной ставки в расчёт берётся меньшая; в мораторий пени не начисляются.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <SelectField control={c} name="kind" label="Вид" options={kindOptions} emptyLabel="Выберите вид" />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField control={c} name="validFrom" label="Действует с" type="date" />
              <TextField control={c} name="validTo" label="Действует до (не включая)" type="date" description="Пусто — бессрочно" />
            </div>
            {kind === "moratorium" ? (
              <TextField control={c} name="debtsBefore" label="Только для долгов, возникших до" type="date" description="Пусто — мораторий на все долги" />
            ) : (
              <TextField control={c} name="rate" label="Ставка, % годовых" inputMode="decimal" placeholder="16" />
            )}
            <TextField control={c} name="note" label="Примечание" placeholder="Решение Банка России от …" />
            <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={onClose} />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
