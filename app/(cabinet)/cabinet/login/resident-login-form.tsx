"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { residentSignInSchema } from "@/lib/residents/otp/otp-schema";
import { ResendCodeButton } from "../_components/resend-code-button";
import { useCountdown } from "../_components/use-countdown";
import { requestSignInCodeAction, signInResidentAction } from "./actions";

/** Two steps in one form: the phone gets a code, then phone + code sign in. */
export function ResidentLoginForm() {
  const router = useRouter();
  const [codeSent, setCodeSent] = useState(false);
  const [sending, setSending] = useState(false);
  const [secondsLeft, startCountdown] = useCountdown();
  const { form, onSubmit } = useActionForm(residentSignInSchema, signInResidentAction, {
    defaultValues: { phone: "", code: "" },
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });

  const sendCode = async () => {
    form.clearErrors();
    if (!(await form.trigger("phone"))) return;
    setSending(true);
    const result = await requestSignInCodeAction({ phone: form.getValues("phone") }).finally(() => setSending(false));
    if (!result.ok) {
      form.setError("root", { message: result.message });
      return;
    }
    setCodeSent(true);
    startCountdown(result.data.resendAfterSeconds);
  };

  return (
    <Form {...form}>
      <form
        onSubmit={
          codeSent
            ? onSubmit
            : (e) => {
                e.preventDefault();
                void sendCode();
              }
        }
        className="space-y-4"
        noValidate
      >
        <TextField control={form.control} name="phone" label="Телефон" type="tel" autoComplete="tel" placeholder="+7 900 000-00-00" readOnly={codeSent} autoFocus />
        {codeSent && (
          <>
            <TextField control={form.control} name="code" label="Код из SMS" inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <ResendCodeButton secondsLeft={secondsLeft} onResend={sendCode} />
              <Button type="button" variant="link" className="h-auto px-0 text-muted-foreground" onClick={() => setCodeSent(false)}>
                Другой номер
              </Button>
            </div>
          </>
        )}
        <FormRootError control={form.control} />
        <Button type="submit" className="h-11 w-full" disabled={form.formState.isSubmitting || sending}>
          {codeSent ? (form.formState.isSubmitting ? "Входим…" : "Войти") : sending ? "Отправляем…" : "Получить код"}
        </Button>
        <p className="text-center text-sm text-muted-foreground">
          Впервые здесь?{" "}
          <Link href="/cabinet/register" className="font-medium text-foreground underline underline-offset-4">
            Регистрация
          </Link>
        </p>
      </form>
    </Form>
  );
}
