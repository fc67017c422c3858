"use client";

import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";

type Option = { value: string; label: string };
export type BuildingFilterOptions = { groups: Option[]; quarters: Option[]; buildings: Option[] };

/** «Дом»: a group, a quarter or one building, under one button (groups and quarters only where the organisation has them). */
export function BuildingFilter({ options }: { options: BuildingFilterOptions }) {
  return (
    <FilterPopover label="Дом" params={["group", "quarter", "building"]}>
      {options.groups.length > 0 && <DataTableSelectFilter param="group" label="Группа" options={options.groups} />}
      {options.quarters.length > 0 && <DataTableSelectFilter param="quarter" label="Квартал" options={options.quarters} />}
      <DataTableSelectFilter param="building" label="Объект" options={options.buildings} />
    </FilterPopover>
  );
}
