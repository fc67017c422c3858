import { z } from "zod";
import { filterParam } from "@/lib/table/list-params";
import { activityTypeLabels, type ActivityType } from "./activity-types";

type SearchParams = Record<string, string | string[] | undefined>;

export type ActivityFilters = { type?: ActivityType; clientId?: string; status?: string };

/** The activity tab's filters from its URL; unknown values are ignored. */
export function activityFiltersFrom(searchParams: SearchParams): ActivityFilters {
  const type = filterParam(searchParams, "type");
  const client = filterParam(searchParams, "client");
  return {
    type: type && Object.hasOwn(activityTypeLabels, type) ? (type as ActivityType) : undefined,
    clientId: z.uuid().safeParse(client).success ? client : undefined,
    status: filterParam(searchParams, "status")?.slice(0, 50),
  };
}
