import { openDb } from "../client";

/** `npm run db:migrate`: applies committed migrations to DATABASE_URL, or to the embedded database. */
const url = process.env.DATABASE_URL || undefined;
const { close } = await openDb(url, process.env.DOMKOM_DATA_DIR ?? ".data/pglite");
await close();
console.log(`Миграции применены (${url ? "PostgreSQL" : "встроенная база .data/pglite"})`);
