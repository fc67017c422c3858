"use client";

import Link from "next/link";
import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { formatCalendarDate } from "@/lib/core/date-time";
import { Checkbox } from "@/components/ui/checkbox";
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";

/**
 * The separate 152-ФЗ consent (required since 01.09.2025): its full text and version, the policy link and a
 * checkbox nobody can skip. `editionDate` is the text's date as stored («2025-09-01»), printed the Russian way.
 */
export function ConsentField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  text,
  editionDate,
}: {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  text: string;
  editionDate: string;
}) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className="rounded-md border bg-background p-3">
          <div className="flex items-start gap-3">
            <FormControl>
              <Checkbox checked={field.value === true} onCheckedChange={(checked) => field.onChange(checked === true)} />
            </FormControl>
            <div className="space-y-2">
              <FormLabel className="leading-snug">Даю согласие на обработку персональных данных</FormLabel>
              <p className="max-h-32 overflow-y-auto text-xs text-muted-foreground">{text}</p>
              <p className="text-xs text-muted-foreground">
                Редакция от {formatCalendarDate(editionDate)}.{" "}
                <Link href="/privacy" target="_blank" className="underline underline-offset-4">
                  Политика обработки персональных данных
                </Link>
              </p>
            </div>
          </div>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
