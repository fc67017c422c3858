import { z } from "zod";
import type { MeterEventAction, ReadingSource } from "@/db/schema";
import { filterParam } from "@/lib/table/list-params";
import { readingSources } from "../meter-vocabulary";

type SearchParams = Record<string, string | string[] | undefined>;

export const journalActions = [
  "meter_reading.submitted",
  "meter_reading.replaced",
  "meter_reading.edited",
  "meter.created",
  "meter.updated",
  "meter.status_changed",
  "meter.replaced",
] as const satisfies readonly MeterEventAction[];

export type JournalFilters = {
  /** «YYYY-MM»: the month the action happened in, in the employee's time zone. */
  month?: string;
  /** «YYYY»: the year, when no month is chosen. */
  year?: string;
  buildingId?: string;
  source?: ReadingSource;
  action?: MeterEventAction;
};

const pick = <T extends string>(values: readonly T[], value: string | undefined) => values.find((v) => v === value);

/** «История показаний» filters as they appear in its URL (the page and both exports read them); junk is ignored. */
export function journalFiltersFrom(searchParams: SearchParams): JournalFilters {
  const month = filterParam(searchParams, "month");
  const year = filterParam(searchParams, "year");
  const building = filterParam(searchParams, "building");
  return {
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    year: year && /^\d{4}$/.test(year) ? year : undefined,
    buildingId: z.uuid().safeParse(building).success ? building : undefined,
    source: pick(readingSources, filterParam(searchParams, "source")),
    action: pick(journalActions, filterParam(searchParams, "action")),
  };
}
