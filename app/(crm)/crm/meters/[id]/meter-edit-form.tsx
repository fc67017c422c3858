"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { meterUpdateSchema } from "@/lib/meters/meter-schema";
import { statusLabels } from "@/lib/meters/meter-vocabulary";
import { updateMeterAction } from "../actions";
import { MeterFields } from "../meter-fields";
import type { MeterFormValues } from "../meter-form-values";

type Option = { value: string; label: string };

const statusOptions = (["working", "faulty", "verification_expired"] as const).map((value) => ({ value, label: statusLabels[value] }));

/** Editing the card: facts, the account (a flat's meter only) and the status «работает / неисправен / поверка истекла». */
export function MeterEditForm({ values, accounts, isCommon }: { values: MeterFormValues; accounts: Option[]; isCommon: boolean }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(meterUpdateSchema, updateMeterAction, {
    defaultValues: values,
    successMessage: "Прибор сохранён",
    onSuccess: () => router.refresh(),
  });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-6" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField control={c} name="status" label="Статус" options={statusOptions} emptyLabel="Выберите статус" />
          <TextField control={c} name="statusSince" label="Статус с даты" type="date" description="Пусто — сегодня, если статус меняется" />
          {!isCommon && <SelectField control={c} name="accountId" label="Лицевой счёт" options={accounts} emptyLabel="Без лицевого счёта" />}
        </div>
        <MeterFields />
        <FormRootError control={c} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Сохранить
        </Button>
      </form>
    </Form>
  );
}
