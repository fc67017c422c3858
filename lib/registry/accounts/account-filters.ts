import { z } from "zod";
import { debtFilterFrom, type DebtFilter } from "@/lib/billing/ledger/debt-filter";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

export type AccountFilters = {
  groupId?: string;
  buildingId?: string;
  legalEntityId?: string;
  /** «hidden»: active accounts hidden from the resident cabinet. */
  status?: "active" | "hidden" | "archived";
  debt?: DebtFilter;
};

const uuid = (value: string | undefined) => (z.uuid().safeParse(value).success ? value : undefined);
const statuses = ["hidden", "archived"] as const;

/** The accounts table's filters as they appear in its URL (shared by the page and its export); junk is ignored. */
export function accountFiltersFrom(searchParams: SearchParams): AccountFilters {
  const status = filterParam(searchParams, "status");
  return {
    groupId: uuid(filterParam(searchParams, "group")),
    buildingId: uuid(filterParam(searchParams, "building")),
    legalEntityId: uuid(filterParam(searchParams, "legalEntity")),
    status: statuses.find((s) => s === status) ?? "active",
    debt: debtFilterFrom(searchParams),
  };
}
