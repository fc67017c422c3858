"use client";

import Link from "next/link";
import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { MIN_PASSWORD_LENGTH, resetPasswordSchema } from "@/lib/auth/password-schema";
import { resetPasswordAction } from "../actions";
import { BackToLogin } from "../back-to-login";

export function NewPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { form, onSubmit } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    defaultValues: { token, password: "", confirmPassword: "" },
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div className="space-y-4" role="status">
        <p>Пароль изменён. Войдите с новым паролем.</p>
        <Button asChild className="w-full">
          <Link href="/login">Войти</Link>
        </Button>
      </div>
    );
  }
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField
          control={form.control}
          name="password"
          label="Новый пароль"
          type="password"
          autoComplete="new-password"
          description={`Не короче ${MIN_PASSWORD_LENGTH} символов`}
          autoFocus
        />
        <TextField control={form.control} name="confirmPassword" label="Повторите пароль" type="password" autoComplete="new-password" />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Сохраняем…" : "Сохранить пароль"}
        </Button>
        <div className="flex justify-between">
          <Link href="/reset-password" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
            Запросить новую ссылку
          </Link>
          <BackToLogin label="Ко входу" />
        </div>
      </form>
    </Form>
  );
}
