"use client";

import { FilterPopover } from "@/components/crm/filter-popover";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { TextFilter } from "./text-filter";

type Option = { value: string; label: string };

/** «Where the client lives»: group, quarter, building, entrance, floor and premise number under one button. */
export function PremiseLocationFilter({ groups, quarters, buildings }: { groups: Option[]; quarters: Option[]; buildings: Option[] }) {
  return (
    <FilterPopover label="Помещение" params={["group", "quarter", "building", "entrance", "floor", "premise"]}>
      <DataTableSelectFilter param="group" label="Группа" options={groups} />
      <DataTableSelectFilter param="quarter" label="Квартал" options={quarters} />
      <DataTableSelectFilter param="building" label="Объект" options={buildings} />
      <div className="grid grid-cols-3 gap-2">
        <TextFilter param="entrance" label="Подъезд" />
        <TextFilter param="floor" label="Этаж" />
        <TextFilter param="premise" label="№ пом." />
      </div>
    </FilterPopover>
  );
}
