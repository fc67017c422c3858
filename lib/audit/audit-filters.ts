import { z } from "zod";
import { filterParam } from "@/lib/table/list-params";

export type AuditFilters = {
  /** An employee's id, or "system" for work the system did itself. */
  actor?: string;
  entityType?: string;
  /** Calendar days (YYYY-MM-DD) in the viewer's time zone, both inclusive. */
  from?: string;
  to?: string;
};

const day = z.iso.date();
const actor = z.union([z.uuid(), z.literal("system")]);

/** The journal's filters as they appear in its URL (shared by the page and its export); bad values are ignored. */
export function auditFiltersFrom(searchParams: Record<string, string | string[] | undefined>): AuditFilters {
  const valid = <T>(schema: z.ZodType<T>, key: string) => schema.safeParse(filterParam(searchParams, key)).data;
  return {
    actor: valid(actor, "actor"),
    entityType: valid(z.string().max(60), "entity"),
    from: valid(day, "from"),
    to: valid(day, "to"),
  };
}
