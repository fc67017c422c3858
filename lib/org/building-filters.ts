import { z } from "zod";
import { filterParam } from "@/lib/table/list-params";
import type { BuildingFilters } from "./list-buildings";

type SearchParams = Record<string, string | string[] | undefined>;

/** The buildings table's filters as they appear in its URL (shared by the page and its export). */
export function buildingFiltersFrom(searchParams: SearchParams): BuildingFilters {
  const status = filterParam(searchParams, "status");
  // A hand-edited id that is not a uuid filters nothing rather than failing the query.
  const uuid = (key: string) => z.uuid().safeParse(filterParam(searchParams, key)).data;
  return {
    groupId: uuid("group"),
    quarterId: uuid("quarter"),
    status: status === "archived" ? "archived" : "active",
  };
}
