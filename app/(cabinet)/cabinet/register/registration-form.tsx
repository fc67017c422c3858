"use client";

import Link from "next/link";
import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { registrationSchema } from "@/lib/residents/registration/registration-schema";
import type { OrganisationOption } from "@/lib/residents/registration/search-organisations";
import { ResendCodeButton } from "../_components/resend-code-button";
import { useCountdown } from "../_components/use-countdown";
import { requestRegistrationCodeAction, submitRegistrationAction } from "./actions";
import { OrganisationPicker } from "./organisation-picker";
import { ConsentField } from "@/components/forms/consent-field";
import { RESIDENT_CONSENT_DATE, residentConsentText } from "@/lib/residents/registration/resident-consent-text";

export function RegistrationForm() {
  const [org, setOrg] = useState<OrganisationOption | null>(null);
  const [codeSent, setCodeSent] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [secondsLeft, startCountdown] = useCountdown();
  const { form, onSubmit } = useActionForm(registrationSchema, submitRegistrationAction, {
    defaultValues: { orgId: "", accountNumber: "", lastName: "", firstName: "", phone: "", code: "" },
    onSuccess: () => setSubmitted(true),
  });
  const c = form.control;

  const sendCode = async () => {
    form.clearErrors("root");
    if (!(await form.trigger(["orgId", "phone"]))) return;
    const result = await requestRegistrationCodeAction({ orgId: form.getValues("orgId"), phone: form.getValues("phone") });
    if (!result.ok) {
      form.setError("root", { message: result.message });
      return;
    }
    setCodeSent(true);
    startCountdown(result.data.resendAfterSeconds);
  };

  if (submitted) {
    return (
      <div className="space-y-4" role="status">
        <p className="text-lg font-medium">Заявка отправлена</p>
        <p className="text-sm text-muted-foreground">
          Управляющая организация сверит лицевой счёт и фамилию. Когда заявку одобрят, придёт SMS — входите по номеру телефона.
        </p>
        <Button asChild className="h-11 w-full">
          <Link href="/cabinet/login">Ко входу</Link>
        </Button>
      </div>
    );
  }
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormField
          control={c}
          name="orgId"
          render={({ field, fieldState }) => (
            <FormItem>
              <FormLabel>Управляющая организация или ТСЖ</FormLabel>
              <OrganisationPicker
                value={org}
                invalid={fieldState.invalid}
                onChange={(chosen) => {
                  setOrg(chosen);
                  field.onChange(chosen?.id ?? "");
                }}
              />
              <FormMessage />
            </FormItem>
          )}
        />
        <TextField control={c} name="accountNumber" label="Номер лицевого счёта" description="Есть в квитанции" inputMode="numeric" autoComplete="off" />
        <TextField control={c} name="lastName" label="Фамилия" autoComplete="family-name" />
        <TextField control={c} name="firstName" label="Имя" autoComplete="given-name" />
        <TextField control={c} name="phone" label="Мобильный телефон" type="tel" autoComplete="tel" placeholder="+7 900 000-00-00" readOnly={codeSent} />
        {codeSent ? (
          <>
            <TextField control={c} name="code" label="Код из SMS" inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
            <ResendCodeButton secondsLeft={secondsLeft} onResend={sendCode} />
          </>
        ) : (
          <Button type="button" variant="outline" className="h-11 w-full" onClick={sendCode}>
            Выслать код
          </Button>
        )}
        <ConsentField control={c} name="consent" text={residentConsentText} editionDate={RESIDENT_CONSENT_DATE} />
        <FormRootError control={c} />
        <Button type="submit" className="h-11 w-full" disabled={!codeSent || form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Отправляем…" : "Зарегистрироваться"}
        </Button>
      </form>
    </Form>
  );
}
