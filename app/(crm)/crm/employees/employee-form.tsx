"use client";

import { useRouter } from "next/navigation";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { employeeSchema, type EmployeeInput } from "@/lib/access/employee-schema";
import { russianTimeZones } from "@/lib/org/russian-time-zones";
import { inviteEmployeeAction, updateEmployeeAction } from "./actions";

type Option = { value: string; label: string };

const empty: EmployeeInput = { lastName: "", firstName: "", middleName: "", position: "", email: "", phone: "", roleId: "", timezone: "" };

/** Adds an employee (the password is generated and emailed) or edits one. */
export function EmployeeForm({ employee, roles }: { employee?: EmployeeInput & { id: string }; roles: Option[] }) {
  const router = useRouter();
  const id = employee?.id;
  const { form, onSubmit } = useActionForm(
    employeeSchema,
    (input) => (id ? updateEmployeeAction({ ...input, id }) : inviteEmployeeAction(input)),
    {
      defaultValues: employee ? { ...empty, ...employee } : empty,
      successMessage: id ? "Сотрудник сохранён" : "Сотрудник добавлен, пароль отправлен на почту",
      onSuccess: (data) => {
        router.push(id ? "/crm/employees" : `/crm/employees/${data.id}`);
        router.refresh();
      },
    },
  );
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField control={c} name="lastName" label="Фамилия" autoComplete="family-name" />
          <TextField control={c} name="firstName" label="Имя" autoComplete="given-name" />
          <TextField control={c} name="middleName" label="Отчество" autoComplete="additional-name" />
        </div>
        <TextField
          control={c}
          name="position"
          label="Должность"
          placeholder="Главный инженер"
          description="Подпись в карточке. С правами не связана: их задаёт роль"
        />
        <SelectField control={c} name="roleId" label="Роль доступа" options={roles} emptyLabel="Выберите роль" />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            control={c}
            name="email"
            label="Электронная почта"
            type="email"
            autoComplete="off"
            description={id ? "Это логин для входа" : "Это логин для входа. На него придёт сгенерированный пароль"}
          />
          <TextField control={c} name="phone" label="Телефон" type="tel" placeholder="+7 900 000-00-00" />
        </div>
        <SelectField control={c} name="timezone" label="Часовой пояс" options={russianTimeZones} emptyLabel="Как у организации" />
        {!id && (
          <p className="rounded-md border bg-muted/40 px-3 py-2 text-sm text-muted-foreground">
            Пароль для входа создаётся автоматически и отправляется на указанный email. После первого входа сотрудник
            сменит его на свой.
          </p>
        )}
        <FormRootError control={c} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {id ? "Сохранить" : "Добавить и отправить пароль"}
          </Button>
          <Button type="button" variant="outline" onClick={() => router.back()}>
            Отмена
          </Button>
        </div>
      </form>
    </Form>
  );
}
