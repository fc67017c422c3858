import { z } from "zod";
import { debtFilterFrom, type DebtFilter } from "@/lib/billing/ledger/debt-filter";
import { premiseTypes, type PremiseType } from "@/db/schema";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

export type PremiseFilters = {
  groupId?: string;
  quarterId?: string;
  buildingId?: string;
  type?: PremiseType;
  clientId?: string;
  tagId?: string;
  status?: "active" | "archived";
  debt?: DebtFilter;
};

const uuid = (value: string | undefined) => (z.uuid().safeParse(value).success ? value : undefined);

/** The premises table's filters as they appear in its URL (shared by the page and its export); junk is ignored. */
export function premiseFiltersFrom(searchParams: SearchParams): PremiseFilters {
  const type = filterParam(searchParams, "type");
  return {
    groupId: uuid(filterParam(searchParams, "group")),
    quarterId: uuid(filterParam(searchParams, "quarter")),
    buildingId: uuid(filterParam(searchParams, "building")),
    type: premiseTypes.find((t) => t === type),
    clientId: uuid(filterParam(searchParams, "client")),
    tagId: uuid(filterParam(searchParams, "tag")),
    status: filterParam(searchParams, "status") === "archived" ? "archived" : "active",
    debt: debtFilterFrom(searchParams),
  };
}
