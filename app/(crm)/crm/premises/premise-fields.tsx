"use client";

import { useWatch, type Control } from "react-hook-form";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import type { PremiseType } from "@/db/schema";
import type { PremiseData, PremiseInput } from "@/lib/registry/premises/premise-schema";
import { premiseTypeInfo, premiseTypeOptions } from "@/lib/registry/premises/premise-types";
import { SwitchField } from "@/components/forms/switch-field";
import { TagsField } from "./_fields/tags-field";
import { TextareaField } from "@/components/forms/textarea-field";

type Option = { value: string; label: string };
type Props = {
  control: Control<PremiseInput, unknown, PremiseData>;
  buildings: Option[];
  /** The «Добавить» dialog asks only for the main data (seed 002 §3); the card's form has everything (§5). */
  full?: boolean;
  tagSuggestions?: readonly string[];
};

/** Premise fields; the address fields follow the chosen type (a parking space has no entrance or rooms). */
export function PremiseFields({ control, buildings, full = false, tagSuggestions = [] }: Props) {
  const type = useWatch({ control, name: "type" }) as PremiseType | undefined;
  const info = premiseTypeInfo[type ?? "flat"];
  return (
    <div className="space-y-4">
      <SelectField control={control} name="buildingId" label="Объект" options={buildings} emptyLabel="Выберите объект" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField control={control} name="type" label="Тип" options={premiseTypeOptions} emptyLabel="Выберите тип" />
        <TextField control={control} name="number" label={info.numberLabel} />
      </div>
      {(info.entrance || info.floor || (full && info.rooms)) && (
        <div className="grid gap-4 sm:grid-cols-3">
          {info.entrance && <TextField control={control} name="entrance" label="Подъезд" />}
          {info.floor && <TextField control={control} name="floor" label="Этаж" />}
          {full && info.rooms && <TextField control={control} name="rooms" label="Количество комнат" inputMode="numeric" />}
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField control={control} name="totalArea" label="Общая площадь, м²" inputMode="decimal" />
        {info.livingArea && <TextField control={control} name="livingArea" label="Жилая площадь, м²" inputMode="decimal" />}
      </div>
      {full && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField control={control} name="registeredResidents" label="Зарегистрировано, чел." inputMode="numeric" description="Для начислений по нормативу на человека" />
        </div>
      )}
      <SwitchField
        control={control}
        name="onlinePayment"
        label="Оплата счетов онлайн"
        description="Клиенты, закреплённые за помещением, смогут оплачивать счета в приложении жителя"
      />
      {full && (
        <>
          <TextareaField
            control={control}
            name="note"
            label="Примечание"
            description="Сотрудник увидит его в подсказке при регистрации обращения от клиентов этого помещения"
          />
          <TagsField control={control} name="tags" label="Теги" suggestions={tagSuggestions} description="Для поиска и настройки услуг и мероприятий" />
          <TextField control={control} name="externalId" label="Внешний идентификатор" description="Код помещения во внешней системе (1С и др.)" />
        </>
      )}
    </div>
  );
}
