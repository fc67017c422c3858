import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * A digest of every row an organisation owns (each table with org_id, plus its own organisations row): equal
 * digests before and after a call prove the call changed nothing of that organisation.
 */
export async function orgSnapshot(db: Db, orgId: string): Promise<Record<string, string>> {
  const tables = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'org_id' order by table_name`,
  );
  const digest: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const [row] = (
      await db.execute<{ d: string | null }>(
        sql`select md5(string_agg(t::text, '|' order by t::text)) as d from ${sql.identifier(table_name)} t where t.org_id = ${orgId}`,
      )
    ).rows;
    digest[table_name] = row?.d ?? "empty";
  }
  const [org] = (await db.execute<{ d: string }>(sql`select md5(t::text) as d from organisations t where t.id = ${orgId}`)).rows;
  digest.organisations = org?.d ?? "missing";
  return digest;
}
