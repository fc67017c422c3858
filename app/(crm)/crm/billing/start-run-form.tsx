"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Form, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { startBillingRunSchema } from "@/lib/billing/run/billing-run-schema";
import { startBillingRunAction } from "./actions";

type Option = { value: string; label: string };

const months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"].map((label, i) => ({ value: String(i + 1), label }));

/** Month, year and buildings («Все доступные» or a choice); the run page opens at once and shows the progress. */
export function StartRunForm({ buildings, month, year }: { buildings: Option[]; month: number; year: number }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(startBillingRunSchema, startBillingRunAction, {
    defaultValues: { month: String(month), year: String(year), allBuildings: true, buildingIds: [] },
    onSuccess: ({ id }) => router.push(`/crm/billing/${id}`),
  });
  const c = form.control;
  const all = form.watch("allBuildings");
  const years = [year - 1, year, year + 1].map((y) => ({ value: String(y), label: String(y) }));
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="grid max-w-md grid-cols-2 gap-3">
          <SelectField control={c} name="month" label="Месяц" options={months} emptyLabel="Выберите месяц" />
          <SelectField control={c} name="year" label="Год" options={years} emptyLabel="Выберите год" />
        </div>
        <FormField
          control={c}
          name="allBuildings"
          render={({ field }) => (
            <FormItem className="flex items-center gap-2 space-y-0">
              <Checkbox id="all-buildings" checked={field.value === true} onCheckedChange={(v) => field.onChange(v === true)} />
              <FormLabel htmlFor="all-buildings">Все доступные дома</FormLabel>
            </FormItem>
          )}
        />
        {!all && (
          <FormField
            control={c}
            name="buildingIds"
            render={({ field }) => {
              const chosen = new Set(field.value ?? []);
              return (
                <FormItem>
                  <FormLabel>Дома</FormLabel>
                  <div className="grid gap-2 sm:grid-cols-2" role="group" aria-label="Дома">
                    {buildings.map((b) => (
                      <label key={b.value} className="flex items-center gap-2 text-sm">
                        <Checkbox
                          checked={chosen.has(b.value)}
                          onCheckedChange={(v) => field.onChange(v === true ? [...chosen, b.value] : [...chosen].filter((id) => id !== b.value))}
                          aria-label={b.label}
                        />
                        {b.label}
                      </label>
                    ))}
                  </div>
                  <FormMessage />
                </FormItem>
              );
            }}
          />
        )}
        <FormRootError control={c} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Рассчитать
        </Button>
      </form>
    </Form>
  );
}
