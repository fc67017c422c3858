import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** The full name as formatClientName (lib/registry/clients/client-name.ts) writes it, computed in SQL for lists. */
export function clientNameSql(table: { lastName: PgColumn; firstName: PgColumn; middleName: PgColumn }): SQL<string> {
  return sql<string>`concat_ws(' ', ${table.lastName}, ${table.firstName}, ${table.middleName})`;
}
