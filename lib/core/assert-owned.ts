import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { notFound } from "./errors";

type OrgTable = PgTable & { id: PgColumn; orgId: PgColumn };

/**
 * Refuses an id that does not belong to the organisation, with the same «не найдена» whether it exists elsewhere
 * or not at all, so that ids of other organisations cannot be probed.
 */
export async function assertOwned(
  db: Db,
  orgId: string,
  table: OrgTable,
  id: string,
  what: string,
  extra?: SQL,
): Promise<void> {
  const rows = await db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(and(eq(table.id, id), eq(table.orgId, orgId), extra))
    .limit(1);
  if (rows.length === 0) throw notFound(what);
}
