"use client";

import { useEffect } from "react";
import { useFormContext, useWatch, type FieldPath, type FieldValues } from "react-hook-form";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { meterZones, resourceLabels, resourceUnits, zoneLabels } from "@/lib/meters/meter-vocabulary";
import type { MeterResource } from "@/db/schema";

const resourceOptions = Object.entries(resourceLabels).map(([value, label]) => ({ value, label }));
const zoneOptions = [
  { value: "1", label: "Однотарифный" },
  { value: "2", label: "Две зоны (день/ночь)" },
  { value: "3", label: "Три зоны (пик/полупик/ночь)" },
];

// The fields are shared by forms of different shapes (add, edit, replace); a name is the prefix plus the field.
const useNames = (prefix: string) => (name: string) => `${prefix}${name}` as FieldPath<FieldValues>;

/** The device's facts (meterFields): resource and zones, serial, model, dates of installation and verification. */
export function MeterFields({ prefix = "", lockResource = false }: { prefix?: string; lockResource?: boolean }) {
  const { control, setValue, getValues } = useFormContext();
  const name = useNames(prefix);
  const resource = useWatch({ control, name: name("resource") }) as string;
  // Only electricity has zones; a meter switched to water goes back to one rate, or the schema refuses the form.
  useEffect(() => {
    const zones = `${prefix}zones` as FieldPath<FieldValues>;
    if (resource !== "electricity" && getValues(zones) !== "1") setValue(zones, "1");
  }, [resource, prefix, setValue, getValues]);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {lockResource ? null : <SelectField control={control} name={name("resource")} label="Ресурс" options={resourceOptions} emptyLabel="Выберите ресурс" />}
      {!lockResource && resource === "electricity" && <SelectField control={control} name={name("zones")} label="Тарифность" options={zoneOptions} emptyLabel="Однотарифный" />}
      <TextField control={control} name={name("serialNumber")} label="Заводской номер" />
      <TextField control={control} name={name("model")} label="Модель" />
      <TextField control={control} name={name("place")} label="Место установки" placeholder="Ванная, кухня, щиток" />
      <TextField control={control} name={name("sealNumber")} label="Номер пломбы" />
      <TextField control={control} name={name("installedOn")} label="Дата установки" type="date" />
      <TextField control={control} name={name("manufacturedOn")} label="Дата выпуска" type="date" />
      <TextField control={control} name={name("verificationIntervalYears")} label="Межповерочный интервал, лет" inputMode="numeric" />
      <TextField
        control={control}
        name={name("nextVerificationOn")}
        label="Дата следующей поверки"
        type="date"
        description="Пусто — посчитаем от даты выпуска и интервала"
      />
      <TextField control={control} name={name("lastCheckedOn")} label="Дата последней проверки" type="date" />
      <TextField control={control} name={name("digits")} label="Знаков до запятой" inputMode="numeric" description="Для перехода счётчика через ноль" />
      <div className="sm:col-span-2">
        <TextareaField control={control} name={name("note")} label="Примечание" />
      </div>
    </div>
  );
}

/** One reading per zone of a meter with `zones` zones under `{prefix}{group}.{zone}` (initialReadings, finalReadings). */
export function ZoneReadingFields({ group, zones, resource, label }: { group: string; zones: number; resource: MeterResource | ""; label: string }) {
  const { control } = useFormContext();
  const unit = resource ? `, ${resourceUnits[resource]}` : "";
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      {meterZones(zones).map((zone) => (
        <TextField
          key={zone}
          control={control}
          name={`${group}.${zone}` as FieldPath<FieldValues>}
          label={zone === "single" ? `${label}${unit}` : `${label}: ${zoneLabels[zone]}${unit}`}
          inputMode="decimal"
        />
      ))}
    </div>
  );
}

/** Zones and resource as the form holds them right now, for the reading fields under the facts. */
export function useWatchedMeterKind(prefix = ""): { resource: MeterResource | ""; zones: number } {
  const { control } = useFormContext();
  const name = useNames(prefix);
  const [resource, zones] = useWatch({ control, name: [name("resource"), name("zones")] }) as [MeterResource | "", string];
  return { resource, zones: Number(zones) || 1 };
}
