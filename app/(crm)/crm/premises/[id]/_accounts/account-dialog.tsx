"use client";

import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { accountFormSchema, type AccountFormInput } from "@/lib/registry/accounts/account-schema";
import type { PremiseAccountRow } from "@/lib/registry/accounts/list-premise-accounts";
import { SwitchField } from "@/components/forms/switch-field";
import { createAccountAction, updateAccountAction } from "./actions";

type Option = { value: string; label: string };

const valuesOf = (a?: PremiseAccountRow): AccountFormInput => ({
  legalEntityId: a?.legalEntityId ?? "",
  number: a?.number ?? "",
  els: a?.els ?? "",
  externalId: a?.externalId ?? "",
  hiddenInCabinet: a?.hiddenInCabinet ?? false,
});

/** Adding an account (no `account`) or editing one: every field staff may set (seed 002 §7). */
export function AccountDialog({ premiseId, account, legalEntities, onClose }: { premiseId: string; account?: PremiseAccountRow; legalEntities: Option[]; onClose: () => void }) {
  const { form, onSubmit } = useActionForm(
    accountFormSchema,
    (input) => (account ? updateAccountAction({ ...input, id: account.id }) : createAccountAction({ ...input, premiseId })),
    { defaultValues: valuesOf(account), successMessage: account ? "Лицевой счёт сохранён" : "Лицевой счёт добавлен", onSuccess: onClose },
  );
  const c = form.control;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{account ? `Лицевой счёт № ${account.number}` : "Новый лицевой счёт"}</DialogTitle>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <SelectField control={c} name="legalEntityId" label="Юридическое лицо" options={legalEntities} />
            <TextField control={c} name="number" label="Номер лицевого счёта" />
            <TextField control={c} name="els" label="Единый лицевой счёт (ГИС ЖКХ)" placeholder="00АА000000" description="10 символов: 2 цифры, 2 буквы, 6 цифр" />
            <TextField control={c} name="externalId" label="Внешний идентификатор" />
            <SwitchField
              control={c}
              name="hiddenInCabinet"
              label="Не отображать в ЛК жителя"
              description="Например, когда у помещения сменился собственник и счета прежнего владельца ему не нужны"
            />
            <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={onClose} />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
