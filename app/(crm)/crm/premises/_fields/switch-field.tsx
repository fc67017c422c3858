"use client";

import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Switch } from "@/components/ui/switch";

/** An on/off option with its explanation, as the seed describes each (e.g. «Оплата счетов онлайн»). */
export function SwitchField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  label,
  description,
}: {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  label: string;
  description?: string;
}) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className="flex items-start gap-3">
          <FormControl>
            <Switch checked={Boolean(field.value)} onCheckedChange={field.onChange} className="mt-0.5" />
          </FormControl>
          <div className="space-y-1">
            <FormLabel className="font-normal">{label}</FormLabel>
            {description && <FormDescription>{description}</FormDescription>}
          </div>
        </FormItem>
      )}
    />
  );
}
