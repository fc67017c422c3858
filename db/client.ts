import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Any of our drivers (PGlite, node-postgres, Neon) or a transaction on one of them. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = "pglite" | "postgres" | "neon";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export function dbKindFor(url: string | undefined): DbKind {
  if (!url) return "pglite";
  const host = new URL(url).hostname;
  return host.endsWith(".neon.tech") || host.endsWith(".neon.build") ? "neon" : "postgres";
}

/**
 * Opens a database and brings its schema up to date with the committed migrations.
 * `url` undefined means the embedded PGlite database stored in `dataDir` (or in memory when `dataDir` is null).
 */
export async function openDb(url: string | undefined, dataDir: string | null = ".data/pglite"): Promise<{ db: Db; close: () => Promise<void> }> {
  const kind = dbKindFor(url);
  if (kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    // Trigram indexes serve the list searches; PGlite ships the extension but loads only what it is given.
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // PGlite does not create missing parent folders itself.
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const client = new PGlite({ dataDir: dataDir ?? undefined, extensions: { pg_trgm } });
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder });
    return { db: db as unknown as Db, close: () => client.close() };
  }
  if (kind === "neon") {
    const { Pool } = await import("@neondatabase/serverless");
    const { drizzle } = await import("drizzle-orm/neon-serverless");
    const { migrate } = await import("drizzle-orm/neon-serverless/migrator");
    const pool = new Pool({ connectionString: url });
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder });
    return { db: db as unknown as Db, close: () => pool.end() };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: 10 });
  const db = drizzle({ client: pool, schema });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Db, close: () => pool.end() };
}
