"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormRootError } from "@/components/forms/form-root-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { buildingSchema, type BuildingInput } from "@/lib/org/building-schema";
import { createBuildingAction, setBuildingArchivedAction, updateBuildingAction } from "./actions";

type Option = { value: string; label: string };
type Props = {
  building?: BuildingInput & { id: string; archived: boolean };
  groups: Option[];
  quarters: Option[];
  legalEntities: Option[];
};

const empty: BuildingInput = {
  postalCode: "",
  region: "",
  city: "",
  street: "",
  house: "",
  block: "",
  structure: "",
  groupId: "",
  quarterId: "",
  legalEntityId: "",
  externalId: "",
  yearBuilt: "",
  floors: "",
  entrances: "",
  totalArea: "",
  livingArea: "",
  nonResidentialArea: "",
  cadastralNumber: "",
  fiasCode: "",
  gisHousingCode: "",
  managementStartDate: "",
};

export function BuildingForm({ building, groups, quarters, legalEntities }: Props) {
  const router = useRouter();
  const id = building?.id;
  const { form, onSubmit } = useActionForm(
    buildingSchema,
    (input) => (id ? updateBuildingAction({ ...input, id }) : createBuildingAction(input)),
    {
      defaultValues: building ? { ...empty, ...building } : empty,
      successMessage: id ? "Объект сохранён" : "Объект добавлен",
      onSuccess: () => {
        router.push("/crm/buildings");
        router.refresh();
      },
    },
  );
  const c = form.control;
  return (
    <Form {...form}>
      <form method="post" onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField control={c} name="postalCode" label="Индекс" inputMode="numeric" />
          <div className="sm:col-span-2">
            <TextField control={c} name="region" label="Регион" />
          </div>
        </div>
        <TextField control={c} name="city" label="Населённый пункт" placeholder="Москва" />
        <TextField control={c} name="street" label="Улица" placeholder="ул. Ленина" />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField control={c} name="house" label="Дом" />
          <TextField control={c} name="block" label="Корпус" />
          <TextField control={c} name="structure" label="Строение" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField control={c} name="groupId" label="Группа объектов" options={groups} />
          <SelectField control={c} name="quarterId" label="Квартал" options={quarters} />
        </div>
        <SelectField control={c} name="legalEntityId" label="Обслуживающее юрлицо" options={legalEntities} />
        <TextField control={c} name="externalId" label="Внешний идентификатор" description="Код объекта в учётной системе (1С и др.)" />
        <fieldset className="space-y-4 border-t pt-4">
          <legend className="pr-2 text-sm font-medium">Паспорт дома</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField control={c} name="yearBuilt" label="Год постройки" inputMode="numeric" />
            <TextField control={c} name="floors" label="Этажность" inputMode="numeric" />
            <TextField control={c} name="entrances" label="Подъездов" inputMode="numeric" />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField control={c} name="totalArea" label="Общая площадь, м²" inputMode="decimal" />
            <TextField control={c} name="livingArea" label="Жилая площадь, м²" inputMode="decimal" />
            <TextField control={c} name="nonResidentialArea" label="Нежилая площадь, м²" inputMode="decimal" />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField control={c} name="cadastralNumber" label="Кадастровый номер" placeholder="77:01:0001001:1234" />
            <TextField control={c} name="managementStartDate" label="Дата начала управления" type="date" />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField control={c} name="fiasCode" label="Код ФИАС (ГАР)" placeholder="GUID дома" autoComplete="off" />
            <TextField control={c} name="gisHousingCode" label="Код дома в ГИС ЖКХ" placeholder="GUID дома" autoComplete="off" />
          </div>
        </fieldset>
        <FormRootError control={c} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {id ? "Сохранить" : "Добавить объект"}
          </Button>
          <Button type="button" variant="outline" onClick={() => router.back()}>
            Отмена
          </Button>
          {id && (
            <div className="ml-auto">
              <ConfirmButton
                variant={building.archived ? "outline" : "destructive"}
                title={building.archived ? "Вернуть объект из архива?" : "Перенести объект в архив?"}
                description={
                  building.archived
                    ? "Объект снова появится в списках и будет доступен сотрудникам."
                    : "Объект пропадёт из списков и выбора. История, документы и начисления сохранятся; объект можно будет вернуть."
                }
                confirmLabel={building.archived ? "Вернуть" : "В архив"}
                onConfirm={async () => {
                  const result = await setBuildingArchivedAction({ id, archived: !building.archived });
                  if (!result.ok) return void toast.error(result.message);
                  toast.success(building.archived ? "Объект возвращён из архива" : "Объект перенесён в архив");
                  router.push("/crm/buildings");
                  router.refresh();
                }}
              >
                {building.archived ? "Вернуть из архива" : "В архив"}
              </ConfirmButton>
            </div>
          )}
        </div>
      </form>
    </Form>
  );
}
