"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { profileSchema, type ProfileInput } from "@/lib/access/profile-schema";
import { russianTimeZones } from "@/lib/org/russian-time-zones";
import { updateProfileAction } from "./actions";

export function ProfileForm({ defaults, orgTimezoneLabel }: { defaults: ProfileInput; orgTimezoneLabel: string }) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(profileSchema, updateProfileAction, {
    defaultValues: defaults,
    successMessage: "Профиль сохранён",
    onSuccess: () => router.refresh(),
  });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField control={c} name="lastName" label="Фамилия" autoComplete="family-name" />
        <TextField control={c} name="firstName" label="Имя" autoComplete="given-name" />
        <TextField control={c} name="middleName" label="Отчество" autoComplete="additional-name" />
        <TextField control={c} name="phone" label="Телефон" type="tel" autoComplete="tel" placeholder="+7 900 000-00-00" />
        <SelectField
          control={c}
          name="timezone"
          label="Часовой пояс"
          options={russianTimeZones}
          emptyLabel={`Как у организации: ${orgTimezoneLabel}`}
        />
        <FormRootError control={c} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Сохранить
        </Button>
      </form>
    </Form>
  );
}
