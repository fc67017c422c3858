"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { changePasswordSchema, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-schema";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(changePasswordSchema, changePasswordAction, {
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
    successMessage: "Пароль изменён",
    onSuccess: ({ signedIn }) => {
      form.reset();
      if (signedIn) router.refresh();
      else router.replace("/login");
    },
  });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField control={c} name="currentPassword" label="Текущий пароль" type="password" autoComplete="current-password" />
        <TextField
          control={c}
          name="password"
          label="Новый пароль"
          type="password"
          autoComplete="new-password"
          description={`Не короче ${MIN_PASSWORD_LENGTH} символов`}
        />
        <TextField control={c} name="confirmPassword" label="Повторите новый пароль" type="password" autoComplete="new-password" />
        <FormRootError control={c} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Сменить пароль
        </Button>
      </form>
    </Form>
  );
}
