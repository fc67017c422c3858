"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { MeterResource } from "@/db/schema";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { todayIn } from "@/lib/core/date-time";
import { meterReplaceSchema } from "@/lib/meters/meter-schema";
import { replaceMeterAction } from "../actions";
import { blankReadings } from "../meter-form-values";
import { MeterFields, useWatchedMeterKind, ZoneReadingFields } from "../meter-fields";
import { emptyMeterFacts } from "../meter-form-values";

type Kind = { resource: MeterResource; zones: number };
const zeros = { single: "0", day: "0", night: "0", peak: "0", semipeak: "0" };

function NewInitialReadings() {
  const { resource, zones } = useWatchedMeterKind("next.");
  return <ZoneReadingFields group="next.initialReadings" zones={zones} resource={resource} label="Начальное показание нового" />;
}

function ReplaceForm({ meterId, old, onClose }: { meterId: string; old: Kind; onClose: () => void }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(meterReplaceSchema, replaceMeterAction, {
    defaultValues: {
      id: meterId,
      replacedOn: todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone),
      finalReadings: blankReadings(old.zones),
      next: { ...emptyMeterFacts, resource: old.resource, zones: String(old.zones), initialReadings: zeros },
    },
    successMessage: "Прибор заменён",
    onSuccess: ({ id }) => {
      onClose();
      router.push(`/crm/meters/${id}`);
    },
  });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-6" noValidate>
        <section className="space-y-3">
          <h3 className="font-medium">Снимаемый прибор</h3>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField control={c} name="replacedOn" label="Дата замены" type="date" />
          </div>
          <ZoneReadingFields group="finalReadings" zones={old.zones} resource={old.resource} label="Последнее показание" />
        </section>
        <section className="space-y-3">
          <h3 className="font-medium">Новый прибор</h3>
          <MeterFields prefix="next." />
          <NewInitialReadings />
        </section>
        <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </Form>
  );
}

/** «Заменить прибор»: the old meter's final readings and the new meter with its initial ones, saved in one step. */
export function ReplaceMeterDialog({ meterId, old }: { meterId: string; old: Kind }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        Заменить прибор
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-3xl">
          <DialogHeader>
            <DialogTitle>Замена прибора учёта</DialogTitle>
            <DialogDescription>Старый прибор будет выведен из эксплуатации с последним показанием, новый начнёт работу с начального.</DialogDescription>
          </DialogHeader>
          {open && <ReplaceForm meterId={meterId} old={old} onClose={() => setOpen(false)} />}
        </DialogContent>
      </Dialog>
    </>
  );
}
