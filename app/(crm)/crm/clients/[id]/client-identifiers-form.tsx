"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { clientIdentifiersSchema, type ClientIdentifiersInput } from "@/lib/registry/clients/client-schema";
import { updateClientIdentifiersAction } from "../actions";

/** ИНН and СНИЛС on «Прочее»; their check digits are verified before saving. */
export function ClientIdentifiersForm({ values, canEdit }: { values: ClientIdentifiersInput; canEdit: boolean }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(clientIdentifiersSchema, updateClientIdentifiersAction, {
    defaultValues: values,
    successMessage: "ИНН и СНИЛС сохранены",
    onSuccess: () => router.refresh(),
  });
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
        <fieldset disabled={!canEdit} className="grid gap-4 sm:grid-cols-2">
          <TextField control={form.control} name="inn" label="ИНН" inputMode="numeric" />
          <TextField control={form.control} name="snils" label="СНИЛС" placeholder="123-456-789 64" />
        </fieldset>
        <FormRootError control={form.control} />
        {canEdit && (
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Сохранить
          </Button>
        )}
      </form>
    </Form>
  );
}
