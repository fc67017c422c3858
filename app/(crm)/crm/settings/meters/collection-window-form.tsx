"use client";

import type { z } from "zod";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { orgCollectionWindowSchema } from "@/lib/meters/meter-schema";
import { updateOrgCollectionWindowAction } from "./actions";

const lateOptions = [
  { value: "next_period", label: "Учитывать в следующем периоде" },
  { value: "refuse", label: "Не принимать" },
];

/** The organisation's window: its days and what happens to a reading after it (ПП 354 allows the next period). */
export function CollectionWindowForm({ values, canManage }: { values: z.input<typeof orgCollectionWindowSchema>; canManage: boolean }) {
  const { form, onSubmit } = useActionForm(orgCollectionWindowSchema, updateOrgCollectionWindowAction, { defaultValues: values, successMessage: "Настройки сохранены" });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
        <fieldset disabled={!canManage} className="grid gap-4 sm:grid-cols-2">
          <TextField control={c} name="startDay" label="Приём показаний с (число месяца)" inputMode="numeric" />
          <TextField control={c} name="endDay" label="по (число месяца)" inputMode="numeric" description="В коротком месяце — по его последний день" />
          <SelectField control={c} name="late" label="Показания после окончания приёма" options={lateOptions} emptyLabel="Выберите" />
        </fieldset>
        <FormRootError control={c} />
        {canManage && (
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Сохранить
          </Button>
        )}
      </form>
    </Form>
  );
}
