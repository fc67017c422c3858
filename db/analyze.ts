import { getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";
import { accountBalances, buildings, clientPhoneHistory, invoiceLines, invoices, clients, ledgerEntries, meterEvents, meterReadings, meters, personalAccounts, premiseClients, premises } from "./schema";

/**
 * Refreshes the planner's statistics for tables that just took many rows at once (a seed, an import). Autovacuum
 * gets there eventually — PGlite has none — and until then the planner guesses from an empty table: once it chose a
 * 163 ms nested loop for a 2 ms query.
 */
export async function analyzeTables(db: Db, tables: readonly PgTable[]): Promise<void> {
  const names = tables.map((t) => `"${getTableName(t)}"`).join(", ");
  await db.execute(sql.raw(`ANALYZE ${names}`));
}

/** What seeds and registry imports write in bulk. */
export const registryTables: readonly PgTable[] = [buildings, premises, clients, clientPhoneHistory, premiseClients, personalAccounts, ledgerEntries];

/** What invoice imports (and billing) write in bulk. */
export const billingTables: readonly PgTable[] = [invoices, invoiceLines, ledgerEntries, accountBalances];

/** What meter seeds and meter imports write in bulk. */
export const meterTables: readonly PgTable[] = [meters, meterReadings, meterEvents];
