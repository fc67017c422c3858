"use client";

import { useWatch } from "react-hook-form";
import type { ActionResult } from "@/lib/core/errors";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Form } from "@/components/ui/form";
import type { LinkBasis } from "@/db/schema";
import { allowedMasters, linkBasisOptions, needsMaster } from "@/lib/registry/links/link-bases";
import { linkFormSchema, type LinkFormInput } from "@/lib/registry/links/link-schema";
import { SwitchField } from "@/components/forms/switch-field";
import { TextareaField } from "@/components/forms/textarea-field";

/** A client already linked to the premise, who others may depend on. */
export type LinkedClient = { clientId: string; name: string; basis: LinkBasis };

export const emptyLink: LinkFormInput = {
  basis: "owner",
  dependsOnClientId: "",
  dduNumber: "",
  dduDate: "",
  acceptanceActNumber: "",
  acceptanceActDate: "",
  certificateNumber: "",
  certificateDate: "",
  managementContractNumber: "",
  managementContractDate: "",
  ownershipShare: "",
  staffComment: "",
  onlinePayment: true,
  keepOnIntegration: false,
};

type Props = {
  clientId: string;
  defaults: LinkFormInput;
  linked: LinkedClient[];
  save: (input: LinkFormInput) => Promise<ActionResult<unknown>>;
  onSaved: () => void;
  onCancel: () => void;
};

/** The premise–client link as the seed lists it (002 §6): basis, whom it depends on, documents, share, options. */
export function LinkForm({ clientId, defaults, linked, save, onSaved, onCancel }: Props) {
  const { form, onSubmit } = useActionForm(linkFormSchema, save, { defaultValues: defaults, successMessage: "Связь сохранена", onSuccess: onSaved });
  const c = form.control;
  const basis = (useWatch({ control: c, name: "basis" }) ?? "owner") as LinkBasis;
  const masters = linked
    .filter((l) => l.clientId !== clientId && allowedMasters[basis].includes(l.basis))
    .map((l) => ({ value: l.clientId, label: l.name }));
  const pair = (number: keyof LinkFormInput, date: keyof LinkFormInput, label: string) => (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField control={c} name={number} label={`${label}: номер`} />
      <TextField control={c} name={date} label="Дата" type="date" />
    </div>
  );
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField control={c} name="basis" label="Основание" options={linkBasisOptions} emptyLabel="Выберите основание" />
          {needsMaster(basis) && <SelectField control={c} name="dependsOnClientId" label="Зависит от собственника" options={masters} emptyLabel="Выберите" />}
        </div>
        {pair("dduNumber", "dduDate", "Договор долевого участия (ДДУ)")}
        {pair("acceptanceActNumber", "acceptanceActDate", "Акт приёмки")}
        {pair("certificateNumber", "certificateDate", "Свидетельство")}
        {pair("managementContractNumber", "managementContractDate", "Договор управления")}
        <TextField control={c} name="ownershipShare" label="Доля в праве собственности" placeholder="1, 1/2 или 0,25" />
        <TextareaField control={c} name="staffComment" label="Комментарий для сотрудников" rows={2} />
        <SwitchField control={c} name="onlinePayment" label="Оплата счетов онлайн" description="Клиент сможет оплачивать счета помещения в приложении" />
        <SwitchField
          control={c}
          name="keepOnIntegration"
          label="Не удалять клиента при интеграции"
          description="Синхронизация с внешней системой не тронет клиента — например, пока на него не оформлен лицевой счёт"
        />
        <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </form>
    </Form>
  );
}
