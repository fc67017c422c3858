import { z } from "zod";
import { filterParam } from "@/lib/table/list-params";
import type { EmployeeFilters } from "./list-employees";

type SearchParams = Record<string, string | string[] | undefined>;

/** The employees table's filters as they appear in its URL (shared by the page and its export). */
export function employeeFiltersFrom(searchParams: SearchParams): EmployeeFilters {
  const status = filterParam(searchParams, "status");
  // A hand-edited URL must not reach the uuid column as garbage (Postgres would fail the query): it is ignored.
  const role = z.uuid().safeParse(filterParam(searchParams, "role"));
  return {
    roleId: role.success ? role.data : undefined,
    status: status === "active" || status === "blocked" ? status : undefined,
  };
}
