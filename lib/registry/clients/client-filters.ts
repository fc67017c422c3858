import { z } from "zod";
import { debtFilterFrom, type DebtFilter } from "@/lib/billing/ledger/debt-filter";
import { clientTypes } from "@/db/schema";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

const uuidOrNothing = z.uuid().optional().catch(undefined);

export type ClientFilters = {
  /** «Неидентифицированные»: clients known by a phone only; the main tab shows the others. */
  unidentified?: boolean;
  groupId?: string;
  quarterId?: string;
  buildingId?: string;
  entrance?: string;
  floor?: string;
  /** Premise number as staff type it («12», «12А»). */
  premise?: string;
  type?: (typeof clientTypes)[number];
  status?: "active" | "blocked" | "archived";
  tagId?: string;
  debt?: DebtFilter;
};

/** The clients table's filters as they appear in its URL (shared by the page and its export). */
export function clientFiltersFrom(searchParams: SearchParams, unidentified = false): ClientFilters {
  const text = (key: string) => filterParam(searchParams, key)?.slice(0, 20);
  return {
    unidentified,
    groupId: uuidOrNothing.parse(filterParam(searchParams, "group")),
    quarterId: uuidOrNothing.parse(filterParam(searchParams, "quarter")),
    buildingId: uuidOrNothing.parse(filterParam(searchParams, "building")),
    entrance: text("entrance"),
    floor: text("floor"),
    premise: text("premise"),
    type: z.enum(clientTypes).optional().catch(undefined).parse(filterParam(searchParams, "type")),
    status: z.enum(["active", "blocked", "archived"]).optional().catch(undefined).parse(filterParam(searchParams, "status")),
    tagId: uuidOrNothing.parse(filterParam(searchParams, "tag")),
    debt: debtFilterFrom(searchParams),
  };
}
