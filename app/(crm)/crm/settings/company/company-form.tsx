"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { organisationProfileSchema, type OrganisationProfileInput } from "@/lib/org/organisation-profile-schema";
import { russianRegions } from "@/lib/org/russian-regions";
import { russianTimeZones } from "@/lib/org/russian-time-zones";
import { updateOrganisationProfileAction } from "./actions";
import { SwitchField } from "@/components/forms/switch-field";
import { TextareaField } from "@/components/forms/textarea-field";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4">
      <h2 className="text-lg font-medium">{title}</h2>
      {children}
    </section>
  );
}

type Props = { values: OrganisationProfileInput; inn: string; callerIp: string | null; canManage: boolean };

/** The company profile (seed 003 §4): what residents see, numbering of requests, reminders, and who may sign in from where. */
export function CompanyForm({ values, inn, callerIp, canManage }: Props) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm(organisationProfileSchema, updateOrganisationProfileAction, {
    defaultValues: values,
    successMessage: "Профиль компании сохранён",
    onSuccess: () => router.refresh(),
  });
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-2xl" noValidate>
        <fieldset disabled={!canManage || form.formState.isSubmitting} className="space-y-8">
          <Section title="Организация">
            <TextField control={c} name="name" label="Название" />
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="space-y-2">
                <Label htmlFor="org-inn">ИНН</Label>
                <Input id="org-inn" value={inn} readOnly disabled aria-describedby="org-inn-note" />
                <p id="org-inn-note" className="text-sm text-muted-foreground">
                  Указан при регистрации и не меняется
                </p>
              </div>
              <TextField control={c} name="region" label="Регион" list="company-regions" autoComplete="off" />
            </div>
            <datalist id="company-regions">
              {russianRegions.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
            <SelectField control={c} name="timezone" label="Часовой пояс" options={russianTimeZones} emptyLabel="Выберите часовой пояс" />
            <TextField control={c} name="address" label="Адрес" placeholder="г. Москва, ул. Тверская, д. 1, офис 5" />
            <TextField control={c} name="contactPerson" label="Контактное лицо" />
          </Section>
          <Section title="Для жителей">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField control={c} name="phone" label="Телефон" type="tel" placeholder="+7 900 000-00-00" />
              <TextField control={c} name="email" label="Электронная почта" type="email" />
            </div>
            <TextField control={c} name="siteDomain" label="Сайт (домен)" placeholder="uk-example.ru" />
            <TextField
              control={c}
              name="receptionHours"
              label="Часы приёма"
              placeholder="Пн–Чт 9:00–18:00, Пт 9:00–17:00, обед 13:00–14:00"
              description="Жители видят их в личном кабинете вместе с адресом, телефоном и email."
            />
            <TextareaField
              control={c}
              name="additionalInfo"
              label="Дополнительная информация"
              rows={4}
              description="Например, как пройти в офис или телефон аварийной службы. Видна жителям в личном кабинете."
            />
          </Section>
          <Section title="Заявки и показания">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                control={c}
                name="nextRequestNumber"
                label="Номер следующей заявки"
                inputMode="numeric"
                description="С этого номера продолжится нумерация заявок"
              />
              <TextField
                control={c}
                name="meterReminderDay"
                label="День напоминания о показаниях"
                inputMode="numeric"
                placeholder="не отправлять"
                description="День месяца (1–28), когда жителям приходит push-напоминание"
              />
            </div>
            <SwitchField
              control={c}
              name="residentsSeeExecutors"
              label="Разрешить абонентам видеть исполнителей по заявкам"
              description="Жители увидят, кто из сотрудников назначен на их заявку"
            />
          </Section>
          <Section title="Безопасность">
            <TextareaField
              control={c}
              name="staffIpAllowlist"
              label="IP-адреса, с которых сотрудники могут входить в CRM"
              rows={5}
              className="font-mono"
              placeholder={"203.0.113.5\n203.0.113.0/24"}
              description={
                <>
                  По одному адресу или подсети в строке (IPv4, IPv6, CIDR). Пустой список — вход разрешён с любого адреса. Список действует и
                  для API-ключей без собственного списка; жителей он не касается. Список, в который не входит ваш текущий адрес
                  {callerIp ? ` (${callerIp})` : ""}, сохранить нельзя — чтобы вы не закрыли доступ самому себе.
                </>
              }
            />
          </Section>
          <FormRootError control={c} />
          {canManage && <Button type="submit">Сохранить</Button>}
        </fieldset>
      </form>
    </Form>
  );
}
