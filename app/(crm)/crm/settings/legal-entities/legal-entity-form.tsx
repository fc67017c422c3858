"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { legalEntitySchema, type LegalEntityInput } from "@/lib/org/legal-entity-schema";
import { createLegalEntityAction, setLegalEntityArchivedAction, updateLegalEntityAction } from "./actions";

type Props = { entity?: LegalEntityInput & { id: string; archived: boolean }; canManage: boolean };

const empty: LegalEntityInput = { name: "", inn: "", kpp: "", ogrn: "", address: "", phone: "", email: "" };
const list = "/crm/settings/legal-entities";

export function LegalEntityForm({ entity, canManage }: Props) {
  const router = useRouter();
  const id = entity?.id;
  const { form, onSubmit } = useActionForm(
    legalEntitySchema,
    (input) => (id ? updateLegalEntityAction({ ...input, id }) : createLegalEntityAction(input)),
    {
      defaultValues: entity ? { ...empty, ...entity } : empty,
      successMessage: id ? "Юридическое лицо сохранено" : "Юридическое лицо добавлено",
      // A new entity opens its own page, where its bank accounts are added.
      onSuccess: (data) => (id ? router.refresh() : router.push(`${list}/${data.id}`)),
    },
  );
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-2xl" noValidate>
        <fieldset disabled={!canManage || form.formState.isSubmitting} className="space-y-4">
          <TextField control={c} name="name" label="Наименование" placeholder="ООО «УК Пример»" />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField control={c} name="inn" label="ИНН" inputMode="numeric" />
            <TextField control={c} name="kpp" label="КПП" description="Нет у ИП" />
            <TextField control={c} name="ogrn" label="ОГРН / ОГРНИП" inputMode="numeric" />
          </div>
          <TextField control={c} name="address" label="Юридический адрес" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField control={c} name="phone" label="Телефон" type="tel" />
            <TextField control={c} name="email" label="Электронная почта" type="email" />
          </div>
          <FormRootError control={c} />
          {canManage && (
            <div className="flex flex-wrap gap-2">
              <Button type="submit">{id ? "Сохранить" : "Добавить"}</Button>
              <Button type="button" variant="outline" onClick={() => router.push(list)}>
                {id ? "К списку" : "Отмена"}
              </Button>
              {entity && (
                <div className="ml-auto">
                  <ConfirmButton
                    variant={entity.archived ? "outline" : "destructive"}
                    title={entity.archived ? "Вернуть юридическое лицо из архива?" : "Перенести юридическое лицо в архив?"}
                    description={
                      entity.archived
                        ? "Юрлицо снова можно будет выбрать для объектов."
                        : "Юрлицо пропадёт из выбора для объектов. Реквизиты в выставленных счетах сохранятся; юрлицо можно будет вернуть."
                    }
                    confirmLabel={entity.archived ? "Вернуть" : "В архив"}
                    onConfirm={async () => {
                      const result = await setLegalEntityArchivedAction({ id: entity.id, archived: !entity.archived });
                      if (!result.ok) return void toast.error(result.message);
                      toast.success(entity.archived ? "Юрлицо возвращено из архива" : "Юрлицо перенесено в архив");
                      router.refresh();
                    }}
                  >
                    {entity.archived ? "Вернуть из архива" : "В архив"}
                  </ConfirmButton>
                </div>
              )}
            </div>
          )}
        </fieldset>
      </form>
    </Form>
  );
}
