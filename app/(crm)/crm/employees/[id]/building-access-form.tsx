"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Form, FormField, FormItem, FormMessage } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { employeeBuildingsSchema, type EmployeeBuildingsInput } from "@/lib/access/employee-schema";
import { setEmployeeBuildingsAction } from "../actions";

type Option = { value: string; label: string };

/** «Все объекты» or «Только выбранные» with a checkbox per building (seed 000 §3: access to objects). */
export function BuildingAccessForm({ access, buildings, editable }: { access: EmployeeBuildingsInput; buildings: Option[]; editable: boolean }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(employeeBuildingsSchema, setEmployeeBuildingsAction, {
    defaultValues: access,
    successMessage: "Доступ к объектам сохранён",
    onSuccess: () => router.refresh(),
  });
  const allBuildings = form.watch("allBuildings");
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormField
          control={form.control}
          name="allBuildings"
          render={({ field }) => (
            <fieldset className="space-y-2" disabled={!editable}>
              <legend className="sr-only">Доступ к объектам</legend>
              {[
                { value: true, label: "Все объекты", hint: "включая объекты, добавленные позже" },
                { value: false, label: "Только выбранные", hint: "сотрудник видит только отмеченные объекты" },
              ].map((o) => (
                <label key={o.label} className="flex items-start gap-2 text-sm">
                  <input type="radio" className="mt-1" checked={field.value === o.value} onChange={() => field.onChange(o.value)} />
                  <span>
                    <span className="font-medium">{o.label}</span>
                    <span className="block text-muted-foreground">{o.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
        />
        {!allBuildings && (
          <FormField
            control={form.control}
            name="buildingIds"
            render={({ field }) => {
              const selected = new Set(field.value);
              const toggle = (id: string, on: boolean) => field.onChange(on ? [...selected, id] : [...selected].filter((v) => v !== id));
              return (
                <FormItem>
                  {buildings.length === 0 ? (
                    <p className="text-sm text-muted-foreground">В организации ещё нет объектов</p>
                  ) : (
                    <ul className="max-h-80 space-y-2 overflow-y-auto rounded-md border p-3">
                      {buildings.map((b) => (
                        <li key={b.value} className="flex items-center gap-2">
                          <Checkbox id={`b-${b.value}`} disabled={!editable} checked={selected.has(b.value)} onCheckedChange={(v) => toggle(b.value, v === true)} />
                          <Label htmlFor={`b-${b.value}`} className="font-normal">
                            {b.label}
                          </Label>
                        </li>
                      ))}
                    </ul>
                  )}
                  <FormMessage />
                </FormItem>
              );
            }}
          />
        )}
        <FormRootError control={form.control} />
        {editable ? (
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Сохранить доступ
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">Доступ к объектам настраивает сотрудник, которому доступны все объекты.</p>
        )}
      </form>
    </Form>
  );
}
