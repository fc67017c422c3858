import { z } from "zod";
import type { MeterResource, MeterStatus } from "@/db/schema";
import { filterParam } from "@/lib/table/list-params";
import { meterResources, meterStatuses } from "./meter-vocabulary";

type SearchParams = Record<string, string | string[] | undefined>;

export type MeterFilters = {
  buildingId?: string;
  resource?: MeterResource;
  /** The effective status («поверка истекла» also when the date has passed); none: every meter still in service. */
  status?: MeterStatus;
  /** «Поверка в ближайшие N дней»: next verification from today to today + N, meters in service only. */
  dueWithinDays?: number;
  /** The meters of one premise (its card's tab links here). */
  premiseId?: string;
};

/** The choices the «Поверка» filter offers; any whole number of days up to a year is accepted from the URL. */
export const dueWithinOptions = [30, 60, 90, 180] as const;

const uuid = (value: string | undefined) => (z.uuid().safeParse(value).success ? value : undefined);
const days = z.coerce.number().int().min(1).max(366);

/** The meters table's filters as they appear in its URL (shared by the page and its export); junk is ignored. */
export function meterFiltersFrom(searchParams: SearchParams): MeterFilters {
  const resource = filterParam(searchParams, "resource");
  const status = filterParam(searchParams, "status");
  const due = days.safeParse(filterParam(searchParams, "due"));
  return {
    buildingId: uuid(filterParam(searchParams, "building")),
    resource: meterResources.find((r) => r === resource),
    status: meterStatuses.find((s) => s === status),
    dueWithinDays: due.success ? due.data : undefined,
    premiseId: uuid(filterParam(searchParams, "premise")),
  };
}
