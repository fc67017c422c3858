import { filterParam } from "@/lib/table/list-params";
import type { BuildingFilters } from "./list-buildings";

type SearchParams = Record<string, string | string[] | undefined>;

/** The buildings table's filters as they appear in its URL (shared by the page and its export). */
export function buildingFiltersFrom(searchParams: SearchParams): BuildingFilters {
  const status = filterParam(searchParams, "status");
  return {
    groupId: filterParam(searchParams, "group"),
    quarterId: filterParam(searchParams, "quarter"),
    status: status === "archived" ? "archived" : "active",
  };
}
