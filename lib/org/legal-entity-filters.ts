import { filterParam } from "@/lib/table/list-params";
import type { LegalEntityFilters } from "./list-legal-entities";

/** The legal entities table's filters as they appear in its URL (shared by the page and its export). */
export function legalEntityFiltersFrom(searchParams: Record<string, string | string[] | undefined>): LegalEntityFilters {
  return { status: filterParam(searchParams, "status") === "archived" ? "archived" : "active" };
}
