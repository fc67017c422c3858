"use client";

import { useRouter } from "next/navigation";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { readingEditSchema } from "@/lib/meters/meter-schema";
import { zoneLabels } from "@/lib/meters/meter-vocabulary";
import { editReadingAction } from "../actions";
import type { ReadingView } from "./meter-readings-table";

/** Correcting one reading: the journal keeps the old value; a jump far above the average must be confirmed. */
export function EditReadingDialog({ reading, onClose }: { reading: ReadingView; onClose: () => void }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(readingEditSchema, editReadingAction, {
    defaultValues: { id: reading.id, value: reading.value, confirmed: false },
    successMessage: "Показание исправлено",
    onSuccess: () => {
      onClose();
      router.refresh();
    },
  });
  const c = form.control;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Исправить показание</DialogTitle>
          <DialogDescription>
            {zoneLabels[reading.zone]} за {reading.period.slice(5, 7)}.{reading.period.slice(0, 4)}: сейчас {reading.value}. Прежнее значение останется в истории
            показаний.
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <TextField control={c} name="value" label="Новое показание" inputMode="decimal" autoFocus />
            <SwitchField control={c} name="confirmed" label="Расход проверен" description="Включите, если система спросит о необычно большом расходе, а показание верно" />
            <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={onClose} />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
