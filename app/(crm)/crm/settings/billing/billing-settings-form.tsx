"use client";

import type { z } from "zod";
import { FormRootError } from "@/components/forms/form-root-error";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { billingSettingsSchema } from "@/lib/billing/billing-settings-schema";
import { updateBillingSettingsAction } from "./actions";

/** Deadlines of the payment document and of payment, and the two questions of how overdue days are counted. */
export function BillingSettingsForm({ values, canManage }: { values: z.input<typeof billingSettingsSchema>; canManage: boolean }) {
  const { form, onSubmit } = useActionForm(billingSettingsSchema, updateBillingSettingsAction, { defaultValues: values, successMessage: "Настройки сохранены" });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
        <p className="text-sm text-muted-foreground">
          С 01.03.2026 (ЖК РФ ст. 155 ч. 1–2, начиная со счетов за март 2026) платёжный документ представляется до 5-го числа, а оплата вносится до 15-го числа
          месяца, следующего за расчётным; договор управления других сроков больше не устанавливает.
        </p>
        <fieldset disabled={!canManage} className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField control={c} name="documentDay" label="Счета выставляются до (число месяца)" inputMode="numeric" description="По закону — до 5-го" />
            <TextField control={c} name="paymentDueDay" label="Оплата до (число месяца)" inputMode="numeric" description="По закону — до 15-го; после него начинается просрочка" />
          </div>
          <SwitchField
            control={c}
            name="penaltyCountsPaymentDay"
            label="День оплаты включается в просрочку"
            description="Пени начисляются и за день, в который долг оплачен"
          />
          <SwitchField
            control={c}
            name="penaltyDueDayOnTime"
            label="Оплата в последний день срока — вовремя"
            description="Оплата в день срока не просрочена: просрочка начинается со следующего дня"
          />
        </fieldset>
        <FormRootError control={c} />
        {canManage && (
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Сохранить
          </Button>
        )}
      </form>
    </Form>
  );
}
