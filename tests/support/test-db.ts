import { randomBytes } from "node:crypto";
import { openDb, type Db } from "@/db/client";

export type TestDb = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

const serverUrl = () => process.env.TEST_DATABASE_URL || undefined;

/** Refuses anything but a local server: tests create and drop databases. */
function assertLocal(url: URL) {
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`TEST_DATABASE_URL must point at a local server, got ${url.hostname}`);
  }
}

/**
 * A fresh database with the committed migrations applied: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDb(): Promise<TestDb> {
  const url = serverUrl();
  if (!url) {
    const { db, close } = await openDb(undefined, null);
    return { db, kind: "pglite", close };
  }
  const base = new URL(url);
  assertLocal(base);
  const name = `domkom_test_${randomBytes(6).toString("hex")}`;
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const { db, close } = await openDb(target.toString());
  return {
    db,
    kind: "postgres",
    close: async () => {
      await close();
      const dropper = new Client({ connectionString: url });
      await dropper.connect();
      // pool.end() resolves before its idle connections have gone; forcing them out at once makes each one emit an
      // unhandled "terminating connection" error, so give them a moment to leave first.
      for (let attempt = 0; attempt < 20; attempt++) {
        const { rows } = await dropper.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A fresh test database that the app's getDb() returns too, for tests that call actions, pages or jobs. */
export async function createAppTestDb(): Promise<TestDb> {
  const t = await createTestDb();
  const app = globalThis as { domkomDb?: Promise<Db> };
  app.domkomDb = Promise.resolve(t.db);
  return {
    ...t,
    close: async () => {
      app.domkomDb = undefined;
      await t.close();
    },
  };
}
