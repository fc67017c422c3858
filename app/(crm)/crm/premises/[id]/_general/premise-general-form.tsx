"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { premiseSchema, type PremiseInput } from "@/lib/registry/premises/premise-schema";
import { archivePremiseAction, restorePremiseAction, updatePremiseAction } from "../../actions";
import { PremiseFields } from "../../premise-fields";

type Option = { value: string; label: string };
type Props = { id: string; archived: boolean; canEdit: boolean; values: PremiseInput; buildings: Option[]; tagSuggestions: string[] };

/** «Общие сведения»: every field of the premise, saving, and archiving with what it takes along (seed 002 §5). */
export function PremiseGeneralForm({ id, archived, canEdit, values, buildings, tagSuggestions }: Props) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(premiseSchema, (input) => updatePremiseAction({ ...input, id }), {
    defaultValues: values,
    successMessage: "Помещение сохранено",
  });
  const readOnly = archived || !canEdit;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
        <fieldset disabled={readOnly} className="space-y-4">
          <PremiseFields control={form.control} buildings={buildings} tagSuggestions={tagSuggestions} full />
        </fieldset>
        <FormRootError control={form.control} />
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            {!archived && (
              <Button type="submit" disabled={form.formState.isSubmitting}>
                Сохранить
              </Button>
            )}
            <div className="ml-auto">
              <ConfirmButton
                variant={archived ? "outline" : "destructive"}
                title={archived ? "Вернуть помещение из архива?" : "Удалить помещение?"}
                description={
                  archived
                    ? "Помещение и лицевые счета, удалённые вместе с ним, снова появятся в списках. Клиентов нужно будет закрепить заново."
                    : "Помещение перейдёт в архив вместе с лицевыми счетами, а значит и всеми выставленными по ним счетами и показаниями. Клиенты будут откреплены и потеряют доступ к помещению в приложении. Данные не стираются: помещение можно вернуть из архива."
                }
                confirmLabel={archived ? "Вернуть" : "Удалить"}
                onConfirm={async () => {
                  const result = archived ? await restorePremiseAction({ id }) : await archivePremiseAction({ id });
                  if (!result.ok) return void toast.error(result.message);
                  toast.success(archived ? "Помещение возвращено из архива" : "Помещение перенесено в архив");
                  router.refresh();
                }}
              >
                {archived ? "Вернуть из архива" : "Удалить"}
              </ConfirmButton>
            </div>
          </div>
        )}
      </form>
    </Form>
  );
}
