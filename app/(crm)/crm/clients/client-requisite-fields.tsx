"use client";

import { useFormContext } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import type { ClientType } from "@/db/schema";
import { isCompanyType } from "@/lib/registry/clients/client-labels";
import type { clientIdentifierFields } from "@/lib/registry/clients/client-schema";

type RequisitesInput = z.input<typeof clientIdentifierFields>;

/**
 * The identifiers a client of this type has: a company — ИНН, КПП, ОГРН (a foreign branch has no ОГРН); an
 * entrepreneur — ИНН, ОГРНИП, СНИЛС; a person — ИНН and СНИЛС. Shared by «Новый клиент» and the card's «Прочее».
 */
export function ClientRequisiteFields({ type }: { type: ClientType }) {
  const { control } = useFormContext<RequisitesInput>();
  if (isCompanyType(type)) {
    return (
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField control={control} name="inn" label="ИНН" inputMode="numeric" />
        <TextField control={control} name="kpp" label="КПП" />
        {type === "legal_entity" && <TextField control={control} name="ogrn" label="ОГРН" inputMode="numeric" />}
      </div>
    );
  }
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <TextField control={control} name="inn" label="ИНН" inputMode="numeric" />
      {type === "sole_proprietor" && <TextField control={control} name="ogrn" label="ОГРНИП" inputMode="numeric" />}
      <TextField control={control} name="snils" label="СНИЛС" placeholder="123-456-789 64" />
    </div>
  );
}
