import { openDb, type Db } from "@/db/client";
import { env } from "@/lib/core/env";
import { seedDemoIfEmpty } from "@/lib/demo/demo";

const globalForDb = globalThis as unknown as { domkomDb?: Promise<Db> };

/**
 * The application's database, opened once per process (kept on globalThis so that dev-mode module reloads do
 * not open a second PGlite on the same folder). This is the composition root: db/ only opens and migrates, and
 * the demo organisation — built with lib's own services — is added here, to an empty embedded database, so that
 * a fresh clone shows something to sign in to. Route handlers, server actions, pages and Inngest jobs all take
 * their database from here.
 */
export function getDb(): Promise<Db> {
  globalForDb.domkomDb ??= (async () => {
    const url = env().DATABASE_URL;
    const { db } = await openDb(url, env().DOMKOM_DATA_DIR);
    if (!url) await seedDemoIfEmpty(db);
    return db;
  })();
  return globalForDb.domkomDb;
}
