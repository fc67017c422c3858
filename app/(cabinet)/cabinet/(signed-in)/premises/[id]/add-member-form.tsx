"use client";

import { useState } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Form } from "@/components/ui/form";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import type { MemberBasis } from "@/lib/residents/family/member-rights";
import { addMemberSchema } from "@/lib/residents/family/member-schema";
import { addPremiseMemberAction } from "./actions";

/** An owner gives a relative, tenant or representative access; the new person signs in with their own phone. */
export function AddMemberForm({ premiseId, bases }: { premiseId: string; bases: readonly MemberBasis[] }) {
  const [open, setOpen] = useState(false);
  const defaultValues = { premiseId, basis: bases[0], lastName: "", firstName: "", middleName: "", phone: "" };
  const { form, onSubmit } = useActionForm(addMemberSchema, addPremiseMemberAction, {
    defaultValues,
    successMessage: "Доступ предоставлен",
    onSuccess: () => {
      form.reset(defaultValues);
      setOpen(false);
    },
  });
  if (!open) {
    return (
      <Button type="button" variant="outline" className="h-auto min-h-11 w-full whitespace-normal" onClick={() => setOpen(true)}>
        Добавить члена семьи, арендатора…
      </Button>
    );
  }
  const c = form.control;
  return (
    <Card className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle className="text-base">Новый доступ к помещению</CardTitle>
      </CardHeader>
      <CardContent className="px-4">
        <Form {...form}>
          <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
            <SelectField control={c} name="basis" label="Кем приходится" options={bases.map((b) => ({ value: b, label: linkBasisLabels[b] }))} emptyLabel="Выберите" />
            <TextField control={c} name="lastName" label="Фамилия" autoComplete="off" />
            <TextField control={c} name="firstName" label="Имя" autoComplete="off" />
            <TextField control={c} name="middleName" label="Отчество" autoComplete="off" />
            <TextField control={c} name="phone" label="Телефон" type="tel" autoComplete="off" placeholder="+7 900 000-00-00" description="По этому номеру он будет входить в кабинет" />
            <FormRootError control={c} />
            <div className="flex gap-2">
              <Button type="submit" className="h-11 flex-1" disabled={form.formState.isSubmitting}>
                {form.formState.isSubmitting ? "Добавляем…" : "Добавить"}
              </Button>
              <Button type="button" variant="ghost" className="h-11" onClick={() => setOpen(false)}>
                Отмена
              </Button>
            </div>
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
