"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { SupplierPayerField } from "@/lib/payments/suppliers/supplier-schema";
import { saveMySupplierDetailsAction } from "./actions";

/** The supplier's own fields (contract number, phone…), saved for the next payment. */
export function SupplierDetailsForm({ premiseId, supplierId, fields, saved }: { premiseId: string; supplierId: string; fields: SupplierPayerField[]; saved: Record<string, string> }) {
  const [values, setValues] = useState<Record<string, string>>(saved);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setErrors({});
        const result = await saveMySupplierDetailsAction({ premiseId, supplierId, values });
        if (result.ok) toast.success("Реквизиты сохранены");
        else {
          setErrors(result.fieldErrors ?? {});
          toast.error(result.message);
        }
      }}
    >
      {fields.map((f) => (
        <div key={f.key} className="space-y-1">
          <Label htmlFor={`${supplierId}-${f.key}`}>{f.label}</Label>
          <Input id={`${supplierId}-${f.key}`} value={values[f.key] ?? ""} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} aria-invalid={Boolean(errors[f.key])} />
          {errors[f.key] && <p className="text-sm text-destructive">{errors[f.key]![0]}</p>}
        </div>
      ))}
      <Button type="submit" variant="outline" className="min-h-11 w-full">
        Сохранить реквизиты платежа
      </Button>
    </form>
  );
}
