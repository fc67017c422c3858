import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/db/client";

export type BenchTarget = "pglite" | "postgres";

export const serverUrl = () => process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

/**
 * A fresh, migrated database: PGlite stored in a temporary folder (as the embedded mode stores it on disk), or a
 * new database on the PostgreSQL server named by BENCH_DATABASE_URL / TEST_DATABASE_URL, dropped afterwards.
 */
export async function openBenchDb(target: BenchTarget): Promise<{ db: Db; close: () => Promise<void>; url?: string }> {
  if (target === "pglite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "domkom-bench-"));
    const { db, close } = await openDb(undefined, dir);
    const dispose = async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { db, close: dispose };
  }
  const url = serverUrl();
  if (!url) throw new Error("set BENCH_DATABASE_URL or TEST_DATABASE_URL to benchmark PostgreSQL");
  const name = `domkom_bench_${randomBytes(6).toString("hex")}`;
  const { Client } = await import("pg");
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  const { db, close } = await openDb(fresh.toString());
  const dispose = async () => {
    await close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  return { db, close: dispose, url: fresh.toString() };
}
