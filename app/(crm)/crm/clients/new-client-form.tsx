"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { clientSchema, type ClientInput } from "@/lib/registry/clients/client-schema";
import { createClientAction } from "./actions";
import { ClientProfileFields } from "./client-profile-fields";
import { ClientRequisiteFields } from "./client-requisite-fields";
import { emptyProfile } from "./empty-profile";

const empty: ClientInput = { ...emptyProfile, inn: "", kpp: "", ogrn: "", snils: "", externalId: "" };

/** «Добавить клиента» (seed 002 §11); saving opens the new client's card. */
export function NewClientForm({ tagSuggestions }: { tagSuggestions: string[] }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(clientSchema, createClientAction, {
    defaultValues: empty,
    successMessage: "Клиент добавлен",
    onSuccess: ({ id }) => router.push(`/crm/clients/${id}`),
  });
  const type = useWatch({ control: form.control, name: "type" });
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
        <ClientProfileFields tagSuggestions={tagSuggestions} showStatus={false} requisites={<ClientRequisiteFields type={type ?? "individual"} />} />
        <TextField
          control={form.control}
          name="externalId"
          label="Внешний идентификатор"
          description="Код клиента в учётной системе (1С и др.); другие можно добавить в карточке на вкладке «Прочее»"
        />
        <FormRootError control={form.control} />
        <div className="flex gap-2">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Сохранить
          </Button>
          <Button type="button" variant="outline" onClick={() => router.back()}>
            Отмена
          </Button>
        </div>
      </form>
    </Form>
  );
}
