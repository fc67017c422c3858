"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SearchPicker } from "@/components/forms/search-picker";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { invoicePdfTypeLabels, invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { invoiceCreateSchema } from "@/lib/billing/invoices/invoice-schema";
import type { PremiseWithAccounts } from "@/lib/registry/premises/premises-with-accounts";
import { createInvoiceAction, findPremisesForInvoiceAction } from "./actions";
import { monthOptions, yearOptions } from "./period-options";

type Option = { value: string; label: string };
const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const noTaken = new Set<string>();

/**
 * «Новый счёт»: a draft for one account. The building narrows the premise search, the picked premise sets the
 * building and offers its open accounts; services are added on the card the dialog opens.
 */
export function NewInvoiceDialog({ buildings }: { buildings: Option[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [premise, setPremise] = useState<PremiseWithAccounts | null>(null);
  const now = new Date();
  const empty = { isActual: true, pdfType: "generated", type: "utilities", month: String(now.getMonth() + 1), year: String(now.getFullYear()), buildingId: "", premiseId: "", accountId: "" } as const;
  const { form, onSubmit } = useActionForm(invoiceCreateSchema, createInvoiceAction, {
    defaultValues: empty,
    successMessage: "Черновик счёта создан",
    onSuccess: ({ id }) => {
      setOpen(false);
      router.push(`/crm/invoices/${id}`);
    },
  });
  const c = form.control;
  const buildingId = form.watch("buildingId");
  const search = useCallback((input: { text: string }) => findPremisesForInvoiceAction({ ...input, buildingId: buildingId || undefined }), [buildingId]);
  const pick = (found: PremiseWithAccounts) => {
    setPremise(found);
    form.setValue("buildingId", found.buildingId);
    form.setValue("premiseId", found.id);
    form.setValue("accountId", found.accounts[0]?.value ?? "");
    form.clearErrors(["premiseId", "buildingId"]);
  };
  const clearPremise = () => {
    setPremise(null);
    form.setValue("premiseId", "");
    form.setValue("accountId", "");
  };
  // Another building chosen after the premise: the picker opens again (the server refuses a premise of another building).
  const shown = premise && (!buildingId || premise.buildingId === buildingId) ? premise : null;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>Новый счёт</Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Новый счёт</DialogTitle>
          <DialogDescription>Создаётся черновик; услуги добавляются в карточке счёта.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <SwitchField control={c} name="isActual" label="Актуальный" description="Счёт, который житель оплачивает сейчас; за период по типу такой один" />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField control={c} name="type" label="Тип счёта" options={optionsOf(invoiceTypeLabels)} emptyLabel="Выберите тип" />
              <SelectField control={c} name="pdfType" label="Квитанция" options={optionsOf(invoicePdfTypeLabels)} emptyLabel="Выберите" />
              <SelectField control={c} name="month" label="Месяц" options={monthOptions} emptyLabel="Выберите месяц" />
              <SelectField control={c} name="year" label="Год" options={yearOptions(now)} emptyLabel="Выберите год" />
            </div>
            <SelectField control={c} name="buildingId" label="Объект" options={buildings} emptyLabel="Любой — найдите помещение" />
            <FormField
              control={c}
              name="premiseId"
              render={() => (
                <FormItem>
                  <FormLabel>Помещение</FormLabel>
                  {shown ? (
                    <div className="flex items-center justify-between gap-3 rounded-md border px-3 py-2 text-sm">
                      <span>{shown.address}</span>
                      <Button type="button" variant="ghost" size="sm" onClick={clearPremise}>
                        Другое
                      </Button>
                    </div>
                  ) : (
                    <SearchPicker<PremiseWithAccounts>
                      search={search}
                      minLength={1}
                      placeholder="Ленина 5 12, лицевой счёт или фамилия"
                      label="Поиск помещения"
                      emptyText="Ничего не нашли"
                      takenIds={noTaken}
                      takenText=""
                      onPick={pick}
                      render={(p) => ({ title: p.address, detail: p.accounts.map((a) => a.label).join(", ") || "нет открытых лицевых счетов" })}
                    />
                  )}
                  <FormMessage />
                </FormItem>
              )}
            />
            {shown && (
              <SelectField control={c} name="accountId" label="Лицевой счёт" options={shown.accounts} emptyLabel={shown.accounts.length ? "Выберите лицевой счёт" : "У помещения нет открытых лицевых счетов"} />
            )}
            <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={() => setOpen(false)} />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
