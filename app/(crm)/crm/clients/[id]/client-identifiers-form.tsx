"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import type { ClientType } from "@/db/schema";
import { clientIdentifiersSchema, type ClientIdentifiersInput } from "@/lib/registry/clients/client-schema";
import { ClientRequisiteFields } from "../client-requisite-fields";
import { updateClientIdentifiersAction } from "../actions";

/** The identifiers the client's type has, on «Прочее»; check digits are verified before saving. */
export function ClientIdentifiersForm({ values, type, canEdit }: { values: ClientIdentifiersInput; type: ClientType; canEdit: boolean }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(clientIdentifiersSchema, updateClientIdentifiersAction, {
    defaultValues: values,
    successMessage: "Реквизиты сохранены",
    onSuccess: () => router.refresh(),
  });
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
        <fieldset disabled={!canEdit}>
          <ClientRequisiteFields type={type} />
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
