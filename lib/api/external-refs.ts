import { and, eq, inArray, isNull } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

type ExternalTable = PgTable & { id: PgColumn; orgId: PgColumn; externalId: PgColumn; archivedAt: PgColumn };

// Postgres takes at most 65,535 parameters per statement.
const CHUNK = 5000;

/** Active rows of the organisation by external id, for a whole request at once; one id may name several rows. */
export async function idsByExternalId(db: Db, table: ExternalTable, orgId: string, externalIds: Iterable<string>): Promise<Map<string, string[]>> {
  const wanted = [...new Set(externalIds)];
  const found = new Map<string, string[]>();
  for (let start = 0; start < wanted.length; start += CHUNK) {
    const rows = await db
      .select({ id: table.id, externalId: table.externalId })
      .from(table as PgTable)
      .where(and(eq(table.orgId, orgId), isNull(table.archivedAt), inArray(table.externalId, wanted.slice(start, start + CHUNK))));
    for (const row of rows as { id: string; externalId: string }[]) found.set(row.externalId, [...(found.get(row.externalId) ?? []), row.id]);
  }
  return found;
}

/** The one id an external id names, or why it names none or several («Помещение «12» не найдено»). */
export function resolveOne(found: Map<string, string[]>, externalId: string, what: { noun: string; notFound: string }): { id: string } | { message: string } {
  const ids = found.get(externalId) ?? [];
  if (ids.length === 1 && ids[0]) return { id: ids[0] };
  const problem = ids.length ? "найдено несколько" : what.notFound;
  return { message: `${what.noun} с внешним идентификатором «${externalId}» ${problem}` };
}
