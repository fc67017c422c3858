import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * A digest of every row an organisation owns (each table with org_id, plus its own organisations row): equal
 * digests before and after a call prove the call changed nothing of that organisation.
 */
/** Raw SQL rows; the driver-agnostic Db type does not know the result shape. */
async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export async function orgSnapshot(db: Db, orgId: string): Promise<Record<string, string>> {
  const tables = await rows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'org_id' order by table_name`,
  );
  const digest: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await rows<{ d: string | null }>(
      db,
      sql`select md5(string_agg(t::text, '|' order by t::text)) as d from ${sql.identifier(table_name)} t where t.org_id = ${orgId}`,
    );
    digest[table_name] = row?.d ?? "empty";
  }
  const [org] = await rows<{ d: string }>(db, sql`select md5(t::text) as d from organisations t where t.id = ${orgId}`);
  digest.organisations = org?.d ?? "missing";
  return digest;
}
