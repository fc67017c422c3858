"use client";

import Link from "next/link";
import type { Control } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { pdConsentText } from "@/lib/org/pd-consent-text";
import { PD_CONSENT_VERSION, type RegisterOrganisationData, type RegisterOrganisationInput } from "@/lib/org/register-organisation-schema";

/** The separate 152-ФЗ consent: its full text, the policy link and a checkbox nobody can skip. */
export function ConsentField({ control }: { control: Control<RegisterOrganisationInput, unknown, RegisterOrganisationData> }) {
  return (
    <FormField
      control={control}
      name="consent"
      render={({ field }) => (
        <FormItem className="rounded-md border p-3">
          <div className="flex items-start gap-3">
            <FormControl>
              <Checkbox checked={field.value === true} onCheckedChange={(checked) => field.onChange(checked === true)} />
            </FormControl>
            <div className="space-y-2">
              <FormLabel className="leading-snug">Даю согласие на обработку персональных данных</FormLabel>
              <p className="max-h-32 overflow-y-auto text-xs text-muted-foreground">{pdConsentText}</p>
              <p className="text-xs text-muted-foreground">
                Редакция от {PD_CONSENT_VERSION}.{" "}
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
