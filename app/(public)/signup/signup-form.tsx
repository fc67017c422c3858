"use client";

import Link from "next/link";
import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { PD_CONSENT_VERSION, registerOrganisationSchema } from "@/lib/org/register-organisation-schema";
import { russianRegions } from "@/lib/org/russian-regions";
import { registerOrganisationAction } from "./actions";
import { ConsentField } from "@/components/forms/consent-field";
import { pdConsentText } from "@/lib/org/pd-consent-text";

export function SignupForm() {
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);
  const { form, onSubmit } = useActionForm(registerOrganisationSchema, registerOrganisationAction, {
    defaultValues: { name: "", inn: "", region: "", lastName: "", firstName: "", middleName: "", email: "", phone: "" },
    onSuccess: ({ email }) => setRegisteredEmail(email),
  });
  if (registeredEmail) {
    return (
      <div className="space-y-4" role="status">
        <p className="text-lg font-medium">Организация зарегистрирована. Пароль отправлен на {registeredEmail}</p>
        <p className="text-sm text-muted-foreground">После входа смените пароль в профиле.</p>
        <Button asChild>
          <Link href="/login">Перейти ко входу</Link>
        </Button>
      </div>
    );
  }
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField control={c} name="name" label="Название организации" placeholder="ООО «УК Рассвет»" autoFocus />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField control={c} name="inn" label="ИНН" inputMode="numeric" />
          <TextField control={c} name="region" label="Регион" list="signup-regions" autoComplete="off" />
        </div>
        <datalist id="signup-regions">
          {russianRegions.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <fieldset className="space-y-4">
          <legend className="mb-2 text-sm font-medium">Контактное лицо — будущий руководитель в системе</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField control={c} name="lastName" label="Фамилия" autoComplete="family-name" />
            <TextField control={c} name="firstName" label="Имя" autoComplete="given-name" />
            <TextField control={c} name="middleName" label="Отчество" autoComplete="additional-name" />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField control={c} name="email" label="Электронная почта" type="email" autoComplete="email" description="На него придёт пароль; это и логин" />
            <TextField control={c} name="phone" label="Телефон" type="tel" autoComplete="tel" placeholder="+7 900 000-00-00" />
          </div>
        </fieldset>
        <ConsentField control={c} name="consent" text={pdConsentText} editionDate={PD_CONSENT_VERSION} />
        <FormRootError control={c} />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Отправляем…" : "Подключить организацию"}
        </Button>
      </form>
    </Form>
  );
}
