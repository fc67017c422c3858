"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { tariffMethodLabels, tariffTypeLabels } from "@/lib/billing/billing-vocabulary";
import type { TariffRow } from "@/lib/billing/tariffs/list-building-tariffs";
import type { PayeeOption } from "@/lib/billing/tariffs/payee-options";
import { normMethods, tariffFormSchema, tariffUnits, type TariffFormInput } from "@/lib/billing/tariffs/tariff-schema";
import { resourceLabels } from "@/lib/meters/meter-vocabulary";
import { createTariffAction, updateTariffAction } from "../actions";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const zoneOptions = [
  { value: "1", label: "Нет, один" },
  { value: "2", label: "Два: день, ночь" },
  { value: "3", label: "Три: пик, полупик, ночь" },
];
const priceFields = ["price1", "price2", "price3"] as const;
const priceLabels: Record<number, string[]> = { 1: ["Стоимость, ₽"], 2: ["Т1 (день), ₽", "Т2 (ночь), ₽"], 3: ["Т1 (пик), ₽", "Т2 (полупик), ₽", "Т3 (ночь), ₽"] };

/** Starting values of «Добавить»: one zone, shown in the cabinet, VAT off, the first payee and its first account. */
function blankTariff(payees: readonly PayeeOption[], today: string): TariffFormInput {
  const payee = payees[0];
  return {
    name: "",
    code: "",
    type: "utility",
    zones: "1",
    unit: "м³",
    method: "meter",
    resource: "",
    meterPossible: false,
    increasingFactor: "1,5",
    legalEntityId: payee?.value ?? "",
    bankAccountId: payee?.accounts[0]?.value ?? "",
    vatIncluded: false,
    vatRate: "22",
    penaltiesWithVat: false,
    shownInCabinet: true,
    commonEnabled: false,
    commonNorm: "",
    price1: "",
    price2: "",
    price3: "",
    norm: "",
    validFrom: today,
  };
}

/**
 * «Добавить» and editing a tariff (seed 000 §7). A price saved with a new «Действует с» date is added to the history
 * below; saved with the same date it corrects that price.
 */
export function TariffDialog({
  buildingId,
  tariff,
  payees,
  today,
  onClose,
}: {
  buildingId: string;
  /** null: a new tariff. */
  tariff: TariffRow | null;
  payees: readonly PayeeOption[];
  today: string;
  onClose: () => void;
}) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(
    tariffFormSchema,
    (input) => (tariff ? updateTariffAction({ ...input, id: tariff.id }) : createTariffAction({ ...input, buildingId })),
    {
      defaultValues: tariff?.form ?? blankTariff(payees, today),
      successMessage: tariff ? "Тариф сохранён" : "Тариф добавлен",
      onSuccess: () => {
        onClose();
        router.refresh();
      },
    },
  );
  const c = form.control;
  const [method, zones, unit, entityId, meterPossible, vatIncluded, commonEnabled] = useWatch({
    control: c,
    name: ["method", "zones", "unit", "legalEntityId", "meterPossible", "vatIncluded", "commonEnabled"],
  });
  const zoneCount = Number(zones) || 1;
  const accounts = payees.find((p) => p.value === entityId)?.accounts ?? [];
  // Another legal entity: its own account, never the previous entity's.
  useEffect(() => {
    const own = payees.find((p) => p.value === entityId)?.accounts ?? [];
    if (!own.some((a) => a.value === form.getValues("bankAccountId"))) form.setValue("bankAccountId", own[0]?.value ?? "");
  }, [entityId, payees, form]);
  const units = tariffUnits.includes(unit as (typeof tariffUnits)[number]) || !unit ? tariffUnits : [...tariffUnits, unit];
  const usesNorm = method === "meter" || normMethods.includes(method as (typeof normMethods)[number]);
  const normLabel = method === "norm_area" ? "Норматив на 1 м²" : "Норматив на человека";
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>{tariff ? tariff.name : "Новый тариф"}</DialogTitle>
          <DialogDescription>Жители увидят новую цену в счетах, выставленных после её начала; выставленные счета сохраняют свой тариф.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
              <TextField control={c} name="name" label="Наименование услуги" autoFocus />
              <TextField control={c} name="code" label="Код услуги" />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField control={c} name="type" label="Тип" options={options(tariffTypeLabels)} emptyLabel="Выберите тип" />
              <SelectField control={c} name="method" label="Способ расчёта" options={options(tariffMethodLabels)} emptyLabel="Выберите способ" />
              {method === "meter" && <SelectField control={c} name="resource" label="Ресурс (показания каких приборов)" options={options(resourceLabels)} emptyLabel="Выберите ресурс" />}
              <SelectField control={c} name="unit" label="Единица измерения" options={units.map((u) => ({ value: u, label: u }))} emptyLabel="Выберите единицу" />
            </div>
            <div className="grid gap-4 sm:grid-cols-[repeat(auto-fit,minmax(9rem,1fr))]">
              <SelectField control={c} name="zones" label="Несколько тарифов" options={zoneOptions} emptyLabel="Выберите" />
              {(priceLabels[zoneCount] ?? priceLabels[1]!).map((label, i) => (
                <TextField key={label} control={c} name={priceFields[i]!} label={label} inputMode="decimal" placeholder="0,00" />
              ))}
              <TextField control={c} name="validFrom" label="Действует с" type="date" />
            </div>
            {usesNorm && (
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField
                  control={c}
                  name="norm"
                  label={method === "meter" ? "Норматив (если показаний нет)" : normLabel}
                  inputMode="decimal"
                  description={method === "meter" ? "На человека в месяц: по нему считают, когда прибора нет или он не поверен" : `${unit || "единиц"} в месяц`}
                />
                <div className="space-y-4">
                  <SwitchField control={c} name="meterPossible" label="Прибор учёта установить можно" description="Тогда по нормативу — с повышающим коэффициентом (ПП 354)" />
                  {meterPossible && <TextField control={c} name="increasingFactor" label="Повышающий коэффициент" inputMode="decimal" />}
                </div>
              </div>
            )}
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField control={c} name="legalEntityId" label="Юрлицо, получающее оплату" options={payees} emptyLabel="Выберите юрлицо" />
              <SelectField control={c} name="bankAccountId" label="Расчётный счёт" options={accounts} emptyLabel={accounts.length ? "Выберите счёт" : "У юрлица нет счетов"} />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="space-y-4">
                <SwitchField control={c} name="vatIncluded" label="НДС включён в стоимость" />
                {vatIncluded && (
                  <>
                    <TextField control={c} name="vatRate" label="Ставка НДС, %" inputMode="numeric" />
                    <SwitchField control={c} name="penaltiesWithVat" label="Начислять пени с НДС" />
                  </>
                )}
              </div>
              <div className="space-y-4">
                <SwitchField control={c} name="shownInCabinet" label="Показывать в ЛК" description="Тариф виден жителю в приложении и личном кабинете" />
                <SwitchField control={c} name="commonEnabled" label="Активировать ОДН для услуги" description="В счетах появится строка расхода на общедомовые нужды" />
                {commonEnabled && <TextField control={c} name="commonNorm" label="Норматив ОДН на 1 м² площади помещения" inputMode="decimal" />}
              </div>
            </div>
            {tariff && tariff.history.length > 0 && (
              <section aria-labelledby="price-history" className="space-y-1">
                <h3 id="price-history" className="text-sm font-medium">
                  История цен
                </h3>
                <ul className="divide-y rounded-md border text-sm">
                  {tariff.history.map((h) => (
                    <li key={h.validFrom} className="flex justify-between gap-3 px-3 py-1.5">
                      <span>с {h.validFrom}</span>
                      <span className="tabular-nums">
                        {h.price}
                        {h.current && <span className="ml-2 text-muted-foreground">действует</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <DialogFormFooter control={c} submitting={form.formState.isSubmitting} onCancel={onClose} />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
