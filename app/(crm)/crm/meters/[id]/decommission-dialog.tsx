"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { MeterResource } from "@/db/schema";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { todayIn } from "@/lib/core/date-time";
import { decommissionSchema } from "@/lib/meters/meter-schema";
import { decommissionMeterAction } from "../actions";
import { blankReadings } from "../meter-form-values";
import { ZoneReadingFields } from "../meter-fields";

/**
 * «Вывести из эксплуатации» without a successor: it cannot be undone, so the dialog says what follows (volumes by the
 * norm) and the button says what it does.
 */
export function DecommissionDialog({ meterId, zones, resource }: { meterId: string; zones: number; resource: MeterResource }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit } = useActionForm(decommissionSchema, decommissionMeterAction, {
    defaultValues: { id: meterId, decommissionedOn: todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone), finalReadings: blankReadings(zones) },
    successMessage: "Прибор выведен из эксплуатации",
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const c = form.control;
  return (
    <>
      <Button variant="destructive" onClick={() => setOpen(true)}>
        Вывести из эксплуатации
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Вывести прибор из эксплуатации?</DialogTitle>
            <DialogDescription>
              Показания по прибору больше не принимаются, объём считается по среднему, затем по нормативу. Вернуть прибор в работу нельзя — только
              добавить новый. Если прибор меняют на другой, закройте окно и выберите «Заменить прибор».
            </DialogDescription>
          </DialogHeader>
          <Form {...form}>
            <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
              <TextField control={c} name="decommissionedOn" label="Дата вывода" type="date" />
              <ZoneReadingFields group="finalReadings" zones={zones} resource={resource} label="Последнее показание" />
              <FormRootError control={c} />
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                  Отмена
                </Button>
                <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
                  Вывести из эксплуатации
                </Button>
              </DialogFooter>
            </form>
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}
