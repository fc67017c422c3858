"use client";

import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { z } from "zod";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { clientStatusOptions, clientTypeOptions, genderOptions, isCompanyType } from "@/lib/registry/clients/client-labels";
import type { clientProfileFields } from "@/lib/registry/clients/client-schema";
import { SwitchField } from "@/components/forms/switch-field";
import { TagsField } from "../premises/_fields/tags-field";
import { TextareaField } from "@/components/forms/textarea-field";

type ProfileInput = z.input<typeof clientProfileFields>;

/**
 * The fields of seed 002 §11 and §13 shared by «Новый клиент» and the card's «Общие сведения», per type: a company has
 * a name, a legal address and a contact person; a person a full name, gender, birth date, passport and registration.
 * `requisites` (ИНН, КПП…) follow the name where the form has them.
 */
export function ClientProfileFields({ tagSuggestions, showStatus, requisites }: { tagSuggestions: string[]; showStatus: boolean; requisites?: ReactNode }) {
  const { control } = useFormContext<ProfileInput>();
  const company = isCompanyType(useWatch({ control, name: "type" }));
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField control={control} name="type" label="Тип клиента" options={clientTypeOptions} emptyLabel="Выберите тип" />
        {showStatus && <SelectField control={control} name="status" label="Статус" options={clientStatusOptions} emptyLabel="Активен" />}
      </div>
      {company ? (
        <TextField control={control} name="lastName" label="Наименование" placeholder="ООО «Лютик»" description="Название организации — в поле фамилии, как печатают документы" />
      ) : (
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField control={control} name="lastName" label="Фамилия" />
          <TextField control={control} name="firstName" label="Имя" />
          <TextField control={control} name="middleName" label="Отчество" />
        </div>
      )}
      {requisites}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField control={control} name="phone" label="Телефон" type="tel" placeholder="+7 (900) 000-00-00" description="Вход в личный кабинет жителя" />
        <TextField control={control} name="email" label="Электронная почта" type="email" />
      </div>
      {!company && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField control={control} name="gender" label="Пол" options={genderOptions} />
          <TextField control={control} name="birthDate" label="Дата рождения" type="date" />
        </div>
      )}
      {company ? (
        <TextField control={control} name="contactPerson" label="Контактное лицо" placeholder="Петрова Анна, бухгалтер" />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField control={control} name="passport" label="Паспортные данные" />
          <TextField control={control} name="passportNote" label="Комментарий к паспорту" />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <TextField control={control} name="registrationAddress" label={company ? "Юридический адрес" : "Адрес регистрации"} />
        <TextField control={control} name="registrationPostalCode" label="Индекс" inputMode="numeric" />
      </div>
      <TextField control={control} name="registrationAddressNote" label="Комментарий к адресу" />
      <TextareaField control={control} name="note" label="Примечание" description="Видно сотруднику подсказкой, когда он регистрирует обращение клиента" />
      <TagsField control={control} name="tags" label="Теги" suggestions={tagSuggestions} />
      <SwitchField control={control} name="isTester" label="Тестировщик" description="Видит услуги, новости и акции, открытые только для тестирования" />
    </>
  );
}
