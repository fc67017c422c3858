"use client";

import type { z } from "zod";
import { FormRootError } from "@/components/forms/form-root-error";
import { SwitchField } from "@/components/forms/switch-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { buildingPaymentSettingsSchema } from "@/lib/billing/billing-settings-schema";
import { updateBuildingPaymentSettingsAction } from "../actions";

type Values = z.input<typeof buildingPaymentSettingsSchema>;

/** Seed 000 §8, in its words, each with what it changes for residents. */
const switches: { name: Exclude<keyof Values, "buildingId">; label: string; description: string }[] = [
  { name: "onlinePayment", label: "Оплата счетов онлайн", description: "Жители оплачивают счета онлайн в приложении" },
  { name: "arbitraryAmount", label: "Произвольная сумма оплаты", description: "Житель сам указывает сумму оплаты и может вносить аванс" },
  { name: "acceptWithoutInvoices", label: "Принимать платежи, если нет активных счетов", description: "Платёж или аванс можно внести, даже если счёт ещё не выставлен" },
  { name: "insuranceAfterFullRepayment", label: "Оплата страхования после полного погашения долга по ЖКУ", description: "Счёт за страхование оплачивается только без долга по ЖКУ" },
  { name: "insuranceWithAdvance", label: "Оплата страхования доступна при внесении авансового платежа по ЖКУ", description: "Страхование можно оплатить вместе с авансом за ЖКУ" },
  { name: "penaltiesOneLine", label: "Отображать пени одной строкой", description: "В детализации счёта в приложении пени показываются отдельным блоком" },
];

/** The «Платежи» section of the building's «Настройки» tab; read-only without finance.tariffs.edit. */
export function PaymentSettingsForm({ values, canEdit }: { values: Values; canEdit: boolean }) {
  const { form, onSubmit } = useActionForm(buildingPaymentSettingsSchema, updateBuildingPaymentSettingsAction, { defaultValues: values, successMessage: "Настройки платежей сохранены" });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
        <fieldset disabled={!canEdit} className="space-y-3">
          {switches.map((s) => (
            <SwitchField key={s.name} control={c} name={s.name} label={s.label} description={s.description} />
          ))}
        </fieldset>
        <FormRootError control={c} />
        {canEdit ? (
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Сохранить
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">Менять их может сотрудник с правом «Тарифы и настройки платежей объекта: редактирование».</p>
        )}
      </form>
    </Form>
  );
}
