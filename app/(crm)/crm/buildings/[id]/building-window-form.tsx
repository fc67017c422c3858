"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { buildingCollectionWindowSchema } from "@/lib/meters/meter-schema";
import { updateBuildingCollectionWindowAction } from "../../settings/meters/actions";

type Days = { startDay: number | null; endDay: number | null };

/** The building's own collection window; blank days: the organisation's window applies. */
export function BuildingWindowForm({ buildingId, own, organisation }: { buildingId: string; own: Days; organisation: Days }) {
  const router = useRouter();
  const text = (v: number | null) => (v === null ? "" : String(v));
  const { form, onSubmit } = useActionForm(buildingCollectionWindowSchema, updateBuildingCollectionWindowAction, {
    defaultValues: { buildingId, startDay: text(own.startDay), endDay: text(own.endDay) },
    successMessage: "Период приёма показаний сохранён",
    onSuccess: () => router.refresh(),
  });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
        <p className="text-sm text-muted-foreground">
          По умолчанию — как у организации: с {organisation.startDay} по {organisation.endDay} число. Оставьте поля пустыми, чтобы вернуться к нему.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField control={c} name="startDay" label="Приём показаний с (число)" inputMode="numeric" />
          <TextField control={c} name="endDay" label="по (число)" inputMode="numeric" />
        </div>
        <FormRootError control={c} />
        <Button type="submit" variant="outline" disabled={form.formState.isSubmitting}>
          Сохранить период
        </Button>
      </form>
    </Form>
  );
}
