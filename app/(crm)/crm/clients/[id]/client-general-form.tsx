"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { clientUpdateSchema, type ClientUpdateInput } from "@/lib/registry/clients/client-schema";
import { setClientArchivedAction, updateClientAction } from "../actions";
import { ClientProfileFields } from "../client-profile-fields";

type Props = { client: ClientUpdateInput; archived: boolean; linkCount: number; tagSuggestions: string[]; canEdit: boolean };

/** «Общие сведения»: the profile, status and tags, with archiving (and restoring) at the bottom. */
export function ClientGeneralForm({ client, archived, linkCount, tagSuggestions, canEdit }: Props) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(clientUpdateSchema, updateClientAction, {
    defaultValues: client,
    successMessage: "Данные клиента сохранены",
    onSuccess: () => router.refresh(),
  });
  const archiveText = linkCount
    ? `Клиент пропадёт из списков и потеряет доступ к личному кабинету. Его связи с помещениями (${linkCount}) будут сняты. История, внешние идентификаторы и журнал сохранятся; клиента можно вернуть из архива, а связи — восстановить заново.`
    : "Клиент пропадёт из списков и потеряет доступ к личному кабинету. История и журнал сохранятся; клиента можно вернуть из архива.";
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
        <fieldset disabled={!canEdit} className="space-y-4">
          <ClientProfileFields tagSuggestions={tagSuggestions} showStatus />
        </fieldset>
        <FormRootError control={form.control} />
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={form.formState.isSubmitting}>
              Сохранить
            </Button>
            <div className="ml-auto">
              <ConfirmButton
                variant={archived ? "outline" : "destructive"}
                title={archived ? "Вернуть клиента из архива?" : "Перенести клиента в архив?"}
                description={archived ? "Клиент снова появится в списках. Телефон должен быть свободен." : archiveText}
                confirmLabel={archived ? "Вернуть" : "В архив"}
                onConfirm={async () => {
                  const result = await setClientArchivedAction({ id: client.id, archived: !archived });
                  if (!result.ok) return void toast.error(result.message);
                  toast.success(archived ? "Клиент возвращён из архива" : "Клиент перенесён в архив");
                  router.refresh();
                }}
              >
                {archived ? "Вернуть из архива" : "В архив"}
              </ConfirmButton>
            </div>
          </div>
        )}
      </form>
    </Form>
  );
}
