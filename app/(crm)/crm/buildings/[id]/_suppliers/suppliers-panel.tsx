"use client";

import { Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { listBuildingSuppliers } from "@/lib/payments/suppliers/building-suppliers";
import type { SupplierPayerField } from "@/lib/payments/suppliers/supplier-schema";
import { attachSupplierAction, createSupplierAction, detachSupplierAction } from "../actions";

type Lists = Awaited<ReturnType<typeof listBuildingSuppliers>>;
type Supplier = Lists["attached"][number];

const newSupplierFields = [
  ["name", "Название"],
  ["inn", "ИНН"],
  ["kpp", "КПП"],
  ["bankName", "Банк"],
  ["bik", "БИК"],
  ["settlementAccount", "Расчётный счёт"],
  ["correspondentAccount", "Корреспондентский счёт"],
] as const;

function SupplierLine({ supplier }: { supplier: Supplier }) {
  const fields = supplier.payerFields as SupplierPayerField[];
  return (
    <div className="min-w-0 text-sm">
      <div className="font-medium break-words">{supplier.name}</div>
      <div className="text-muted-foreground">
        ИНН {supplier.inn}
        {supplier.bik && ` · БИК ${supplier.bik}`}
        {fields.length > 0 && ` · жители указывают: ${fields.map((f) => f.label).join(", ")}`}
      </div>
    </div>
  );
}

/** «Внешние поставщики» of a building (seed 000 §9): attached ones with a bin, search by ИНН or name, a new one. */
export function SuppliersPanel({ buildingId, query, attached, candidates }: Lists & { buildingId: string; query: string }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [payerFields, setPayerFields] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  async function create() {
    setErrors({});
    const result = await createSupplierAction({ buildingId, ...values, payerFields: payerFields.split(",").map((s) => s.trim()).filter(Boolean) } as Parameters<typeof createSupplierAction>[0]);
    if (result.ok) {
      toast.success("Поставщик добавлен");
      setValues({});
      setPayerFields("");
    } else {
      setErrors(result.fieldErrors ?? {});
      toast.error(result.message);
    }
  }

  return (
    <div className="space-y-4">
      <section className="space-y-2" aria-label="Закреплённые поставщики">
        {attached.length === 0 && <p className="text-sm text-muted-foreground">За объектом пока не закреплён ни один внешний поставщик.</p>}
        {attached.map((s) => (
          <Card key={s.id} className="py-3" data-testid="building-supplier">
            <CardContent className="flex items-center gap-3 px-4">
              <div className="flex-1">
                <SupplierLine supplier={s} />
              </div>
              <ConfirmButton
                variant="ghost"
                size="icon"
                label={`Открепить ${s.name}`}
                title="Открепить поставщика?"
                description={`${s.name} пропадёт из «Счетов» жителей этого объекта. Сам поставщик останется в справочнике.`}
                confirmLabel="Открепить"
                onConfirm={async () => {
                  const result = await detachSupplierAction({ buildingId, supplierId: s.id });
                  if (result.ok) toast.success("Поставщик откреплён");
                  else toast.error(result.message);
                }}
              >
                <Trash2 aria-hidden />
              </ConfirmButton>
            </CardContent>
          </Card>
        ))}
      </section>

      <Card className="gap-3 py-4">
        <CardHeader className="px-4">
          <CardTitle className="text-base">Добавить</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 px-4">
          <form method="get" className="flex gap-2">
            <input type="hidden" name="tab" value="suppliers" />
            <Input name="sq" defaultValue={query} placeholder="ИНН или название" aria-label="ИНН или название" />
            <Button type="submit" variant="outline">
              Найти
            </Button>
          </form>
          {query && candidates.length === 0 && <p className="text-sm text-muted-foreground">Не найдено — добавьте нового поставщика ниже.</p>}
          {candidates.map((s) => (
            <div key={s.id} className="flex items-center gap-3">
              <div className="flex-1">
                <SupplierLine supplier={s} />
              </div>
              <Button
                type="button"
                size="sm"
                onClick={async () => {
                  const result = await attachSupplierAction({ buildingId, supplierId: s.id });
                  if (result.ok) toast.success("Поставщик закреплён");
                  else toast.error(result.message);
                }}
              >
                Добавить организацию
              </Button>
            </div>
          ))}
          <form
            className="grid gap-3 border-t pt-3 sm:grid-cols-2"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void create();
            }}
          >
            <p className="text-sm font-medium sm:col-span-2">Новый поставщик</p>
            {newSupplierFields.map(([key, label]) => (
              <div key={key} className="space-y-1">
                <Label htmlFor={`supplier-${key}`}>{label}</Label>
                <Input id={`supplier-${key}`} value={values[key] ?? ""} onChange={(e) => setValues({ ...values, [key]: e.target.value })} aria-invalid={Boolean(errors[key])} />
                {errors[key] && <p className="text-sm text-destructive">{errors[key][0]}</p>}
              </div>
            ))}
            <div className="space-y-1 sm:col-span-2">
              <Label htmlFor="supplier-payer-fields">Что указывает житель при оплате (через запятую)</Label>
              <Input id="supplier-payer-fields" value={payerFields} onChange={(e) => setPayerFields(e.target.value)} placeholder="Номер договора, Телефон" />
              {errors.payerFields && <p className="text-sm text-destructive">{errors.payerFields[0]}</p>}
            </div>
            <Button type="submit" className="sm:col-span-2 sm:justify-self-start">
              Добавить поставщика
            </Button>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
