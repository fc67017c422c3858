"use client";

import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import type { InvoicePdfType } from "@/db/schema";
import { invoicePdfTypeLabels } from "@/lib/billing/billing-vocabulary";
import { invoiceUpdateSchema } from "@/lib/billing/invoices/invoice-schema";
import { updateInvoiceAction } from "../actions";

const pdfOptions = Object.entries(invoicePdfTypeLabels).map(([value, label]) => ({ value, label }));

/** «Основное» of a draft: the actual flag and the receipt type. */
export function InvoiceMainForm({ id, values }: { id: string; values: { isActual: boolean; pdfType: InvoicePdfType } }) {
  const { form, onSubmit } = useActionForm(invoiceUpdateSchema, updateInvoiceAction, { defaultValues: { id, ...values }, successMessage: "Счёт сохранён" });
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
        <SwitchField control={form.control} name="isActual" label="Актуальный" description="Счёт, который житель оплачивает сейчас; за период по типу такой один" />
        <SelectField control={form.control} name="pdfType" label="Квитанция" options={pdfOptions} emptyLabel="Выберите" />
        <FormRootError control={form.control} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Сохранить
        </Button>
      </form>
    </Form>
  );
}
