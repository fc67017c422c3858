"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { receiptsBatchSchema } from "@/lib/billing/receipts/receipts-batch-schema";
import { startReceiptsBatchAction } from "./actions";

/** Building and month; on success the browser goes to the job's progress page, where the file appears. */
export function ReceiptsBatchForm({ buildings, period }: { buildings: { value: string; label: string }[]; period: string }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(receiptsBatchSchema, startReceiptsBatchAction, {
    defaultValues: { buildingId: "", period },
    onSuccess: ({ jobId }) => router.push(`/crm/exports/${jobId}`),
  });
  return (
    <Form {...form}>
      <form onSubmit={onSubmit} className="max-w-md space-y-4 rounded-md border p-4">
        <SelectField control={form.control} name="buildingId" label="Объект" options={buildings} emptyLabel="Выберите объект" />
        <TextField control={form.control} name="period" label="Месяц" type="month" />
        <p className="text-xs text-muted-foreground">Квитанции, загруженные файлами, и счета без квитанции в PDF не входят — их число будет указано.</p>
        <FormRootError control={form.control} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Сформировать PDF
        </Button>
      </form>
    </Form>
  );
}
