"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { SearchPicker } from "@/components/forms/search-picker";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import type { PremiseWithAccounts } from "@/lib/registry/premises/premises-with-accounts";
import { meterCreateSchema } from "@/lib/meters/meter-schema";
import { cn } from "@/lib/utils";
import { createMeterAction, findPremisesForMeterAction } from "../actions";
import { MeterFields, useWatchedMeterKind, ZoneReadingFields } from "../meter-fields";
import { emptyMeterFacts } from "../meter-form-values";

type Option = { value: string; label: string };
type Kind = "individual" | "common";
const noTaken = new Set<string>();

function InitialReadings() {
  const { resource, zones } = useWatchedMeterKind();
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Начальные показания</h2>
      <ZoneReadingFields group="initialReadings" zones={zones} resource={resource} label="Показание при установке" />
    </section>
  );
}

/** Adding an ИПУ (a premise found by address, account or client, and one of its accounts) or an ОДПУ (a building). */
export function NewMeterForm({ premise: given, buildings }: { premise: PremiseWithAccounts | null; buildings: Option[] }) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("individual");
  const [premise, setPremise] = useState<PremiseWithAccounts | null>(given);
  const { form, onSubmit } = useActionForm(meterCreateSchema, createMeterAction, {
    defaultValues: { ...emptyMeterFacts, premiseId: given?.id ?? null, buildingId: null, accountId: given?.accounts[0]?.value ?? "", initialReadings: { single: "0", day: "0", night: "0", peak: "0", semipeak: "0" } },
    successMessage: "Прибор учёта добавлен",
    onSuccess: ({ id }) => router.push(`/crm/meters/${id}`),
  });
  const c = form.control;
  const choose = (next: Kind) => {
    setKind(next);
    form.setValue("premiseId", next === "individual" ? (premise?.id ?? null) : null);
    form.setValue("accountId", next === "individual" ? (premise?.accounts[0]?.value ?? "") : "");
    form.setValue("buildingId", next === "common" ? "" : null);
  };
  const pick = (found: PremiseWithAccounts) => {
    setPremise(found);
    form.setValue("premiseId", found.id);
    form.setValue("accountId", found.accounts[0]?.value ?? "");
    form.clearErrors("premiseId");
  };
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-8" noValidate>
        <section className="space-y-3">
          <div className="inline-flex rounded-md border p-1" role="radiogroup" aria-label="Вид прибора">
            {(["individual", "common"] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="radio"
                aria-checked={kind === k}
                onClick={() => choose(k)}
                className={cn("rounded px-3 py-1.5 text-sm", kind === k ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:bg-muted")}
              >
                {k === "individual" ? "Индивидуальный (ИПУ)" : "Общедомовой (ОДПУ)"}
              </button>
            ))}
          </div>
          {kind === "individual" ? (
            <>
              <FormField
                control={c}
                name="premiseId"
                render={() => (
                  <FormItem>
                    <FormLabel>Помещение</FormLabel>
                    {premise ? (
                      <div className="flex items-center justify-between gap-3 rounded-md border px-3 py-2 text-sm">
                        <span>{premise.address}</span>
                        {!given && (
                          <Button type="button" variant="ghost" size="sm" onClick={() => setPremise(null)}>
                            Другое
                          </Button>
                        )}
                      </div>
                    ) : (
                      <SearchPicker<PremiseWithAccounts>
                        search={findPremisesForMeterAction}
                        minLength={1}
                        placeholder="Ленина 5 12, лицевой счёт или фамилия"
                        label="Поиск помещения"
                        emptyText="Ничего не нашли"
                        takenIds={noTaken}
                        takenText=""
                        onPick={pick}
                        render={(p) => ({ title: p.address, detail: p.clients ?? "без клиентов" })}
                      />
                    )}
                    <FormMessage />
                  </FormItem>
                )}
              />
              {premise && (
                <SelectField control={c} name="accountId" label="Лицевой счёт" options={premise.accounts} emptyLabel={premise.accounts.length ? "Без лицевого счёта" : "У помещения нет лицевых счетов"} />
              )}
            </>
          ) : (
            <SelectField control={c} name="buildingId" label="Объект" options={buildings} emptyLabel="Выберите объект" />
          )}
        </section>
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">Прибор</h2>
          <MeterFields />
        </section>
        <InitialReadings />
        <FormRootError control={c} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Добавить прибор
        </Button>
      </form>
    </Form>
  );
}
