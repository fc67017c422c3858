"use client";

import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { requestPasswordResetSchema } from "@/lib/auth/password-schema";
import { requestPasswordResetAction } from "./actions";
import { BackToLogin } from "./back-to-login";

export function RequestResetForm() {
  const [sent, setSent] = useState<string | null>(null);
  const { form, onSubmit } = useActionForm(requestPasswordResetSchema, requestPasswordResetAction, {
    defaultValues: { email: "" },
    onSuccess: ({ message }) => setSent(message),
  });
  if (sent) {
    return (
      <div className="space-y-4" role="status">
        <p>{sent}</p>
        <p className="text-sm text-muted-foreground">Ссылка действует 1 час. Письмо может попасть в папку «Спам».</p>
        <BackToLogin />
      </div>
    );
  }
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField control={form.control} name="email" label="Электронная почта" type="email" autoComplete="username" autoFocus />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Отправляем…" : "Отправить ссылку"}
        </Button>
        <BackToLogin />
      </form>
    </Form>
  );
}
