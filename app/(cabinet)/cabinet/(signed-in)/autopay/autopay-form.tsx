"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { autopayInvoiceTypes, autopaySettingsSchema, type AutopayInvoiceType } from "@/lib/residents/autopay/autopay-schema";
import { saveMyAutopayAction, switchOffMyAutopayAction } from "./actions";

export type AutopayFormValues = {
  premiseId: string;
  invoiceTypes: AutopayInvoiceType[];
  mode: "after_issue" | "day_of_month";
  daysAfterIssue: string;
  dayOfMonth: string;
  /** Roubles as the resident types them, «5000» or «5000,50»; empty for no limit. */
  monthlyLimit: string;
  savedMethodId: string;
  email: string;
};

const modeOptions = [
  { value: "after_issue", label: "Через N дней после выставления счёта" },
  { value: "day_of_month", label: "Ежемесячно в выбранный день" },
];

/** One premise's autopay: what to pay, when, up to what sum, from which card, where the receipt goes. */
export function AutopayForm({ values, cards, active }: { values: AutopayFormValues; cards: { id: string; title: string }[]; active: boolean }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(autopaySettingsSchema, saveMyAutopayAction, {
    defaultValues: values,
    successMessage: active ? "Автоплатёж изменён" : "Автоплатёж включён",
    onSuccess: () => router.refresh(),
  });
  const c = form.control;
  const mode = form.watch("mode");
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormField
          control={c}
          name="invoiceTypes"
          render={({ field }) => {
            const chosen = (field.value ?? []) as AutopayInvoiceType[];
            return (
              <FormItem>
                <FormLabel>Какие счета оплачивать</FormLabel>
                <div className="space-y-2">
                  {autopayInvoiceTypes.map((type) => (
                    <label key={type} className="flex min-h-11 items-center gap-3 text-sm">
                      <FormControl>
                        <Checkbox
                          checked={chosen.includes(type)}
                          onCheckedChange={(on) => field.onChange(on ? [...chosen, type] : chosen.filter((t) => t !== type))}
                        />
                      </FormControl>
                      {invoiceTypeLabels[type]}
                      {type === "insurance" && <span className="text-muted-foreground">— только вместе с ЖКУ</span>}
                    </label>
                  ))}
                </div>
                <FormMessage />
              </FormItem>
            );
          }}
        />
        <SelectField control={c} name="mode" label="Когда списывать" options={modeOptions} emptyLabel="Выберите" />
        {mode === "day_of_month" ? (
          <TextField control={c} name="dayOfMonth" label="Число месяца" inputMode="numeric" description="Если в месяце нет такого числа — в последний день месяца" />
        ) : (
          <TextField control={c} name="daysAfterIssue" label="Через сколько дней после выставления счёта" inputMode="numeric" description="От 0 до 28" />
        )}
        <TextField
          control={c}
          name="monthlyLimit"
          label="Лимит в месяц, ₽"
          inputMode="decimal"
          placeholder="Без лимита"
          description="Счета сверх лимита автоматически не оплачиваются: мы сообщим, и вы оплатите их сами"
        />
        <SelectField control={c} name="savedMethodId" label="Карта" options={cards.map((card) => ({ value: card.id, label: card.title }))} emptyLabel="Выберите карту" />
        <TextField control={c} name="email" label="Email для чеков" type="email" autoComplete="email" />
        <FormRootError control={c} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" className="h-11 flex-1" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Сохраняем…" : active ? "Сохранить" : "Включить автоплатёж"}
          </Button>
          {active && (
            <ConfirmButton
              variant="outline"
              title="Отключить автоплатёж?"
              description="Счета этого помещения больше не будут оплачиваться автоматически. Настройки сохранятся — включить снова можно в любой момент."
              confirmLabel="Отключить"
              onConfirm={async () => {
                const result = await switchOffMyAutopayAction({ premiseId: values.premiseId });
                if (result.ok) router.refresh();
                else form.setError("root", { message: result.message });
              }}
            >
              Отключить
            </ConfirmButton>
          )}
        </div>
      </form>
    </Form>
  );
}
