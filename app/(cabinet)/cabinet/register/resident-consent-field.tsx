"use client";

import Link from "next/link";
import type { Control } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { RESIDENT_CONSENT_VERSION, residentConsentText } from "@/lib/residents/registration/resident-consent-text";
import type { RegistrationData, RegistrationInput } from "@/lib/residents/registration/registration-schema";

/** The 152-ФЗ consent: without the tick there is no registration (seed 003 §3). */
export function ResidentConsentField({ control }: { control: Control<RegistrationInput, unknown, RegistrationData> }) {
  return (
    <FormField
      control={control}
      name="consent"
      render={({ field }) => (
        <FormItem className="rounded-md border bg-background p-3">
          <div className="flex items-start gap-3">
            <FormControl>
              <Checkbox checked={field.value === true} onCheckedChange={(checked) => field.onChange(checked === true)} />
            </FormControl>
            <div className="space-y-2">
              <FormLabel className="leading-snug">Согласен(на) на обработку персональных данных</FormLabel>
              <p className="max-h-28 overflow-y-auto text-xs text-muted-foreground">{residentConsentText}</p>
              <p className="text-xs text-muted-foreground">
                Редакция {RESIDENT_CONSENT_VERSION}.{" "}
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
