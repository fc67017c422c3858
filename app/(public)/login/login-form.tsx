"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { staffSignInSchema } from "@/lib/auth/staff-sign-in-schema";
import { signInStaffAction } from "./actions";

export function LoginForm() {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(staffSignInSchema, signInStaffAction, {
    defaultValues: { email: "", password: "" },
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField control={form.control} name="email" label="Электронная почта" type="email" autoComplete="username" autoFocus />
        <TextField control={form.control} name="password" label="Пароль" type="password" autoComplete="current-password" />
        <FormRootError control={form.control} />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Входим…" : "Войти"}
        </Button>
        <div className="flex justify-between text-sm">
          <Link href="/reset-password" className="text-muted-foreground underline-offset-4 hover:underline">
            Забыли пароль?
          </Link>
          <Link href="/signup" className="text-muted-foreground underline-offset-4 hover:underline">
            Регистрация организации
          </Link>
        </div>
      </form>
    </Form>
  );
}
