import { asc, desc, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * Orders house and flat numbers the way people count — 2, 10, 10а, 11 — rather than as text (10, 11, 2): first by
 * the leading digits as a number, then by the whole text.
 */
export function naturalOrder(column: PgColumn, dir: "asc" | "desc"): SQL[] {
  const by = dir === "desc" ? desc : asc;
  return [by(sql`nullif(substring(${column} from '^[0-9]+'), '')::numeric`), by(column)];
}
