import { getTableName, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { AppError } from "@/lib/core/errors";

/** Rows per statement: each chunk travels as one JSON parameter, small enough to keep memory flat. */
export const CHUNK = 1000;

export function* chunks<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The registry moved on between the preview and the confirmation; applying the plan now would not be what was shown. */
export const staleImport = () => new AppError("CONFLICT", "Данные изменились после проверки файла. Загрузите файл ещё раз и проверьте изменения");

/** Rows of a raw statement: node-postgres, PGlite and Neon all answer `{ rows }`, which Db's generic type hides. */
export async function queryRows<T>(tx: Db, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A column written from plan rows: its SQL name and type, and how to read it off a row. */
export type Column<T> = { name: string; type: string; value: (row: T) => unknown };

/** A column of a Drizzle table, so that renaming or retyping it in db/schema changes (or breaks) every statement. */
export const tableColumn = <T>(column: PgColumn, value: (row: T) => unknown): Column<T> => ({ name: column.name, type: column.getSQLType(), value });

/**
 * Columns of rows of type T that carry a table's columns under the same property names (`buildingId` →
 * building_id): `columnsOf<PremiseValues>()(premises, ["buildingId", …])`. A key missing from T or the table fails
 * to compile.
 */
export const columnsOf =
  <T>() =>
  <K extends keyof T & string>(table: PgTable & Record<K, PgColumn>, keys: readonly K[]): Column<T>[] =>
    keys.map((key) => tableColumn<T>(table[key], (row) => row[key]));

const names = <T>(columns: readonly Column<T>[], prefix = "") => sql.raw(columns.map((c) => `${prefix}"${c.name}"`).join(", "));

/**
 * A chunk of rows as a table: one jsonb parameter unpacked by jsonb_to_recordset. Thousands of rows cost one bind
 * parameter instead of a dozen each, which keeps statements small and fast on PostgreSQL and PGlite alike.
 */
export function recordset<T>(columns: readonly Column<T>[], rows: readonly T[]): SQL {
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row)]))));
  return sql`jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(columns.map((c) => `"${c.name}" ${c.type}`).join(", "))})`;
}

/** Inserts the rows into the organisation's table; `orgId` is set on every row here, never taken from the plan. */
export async function insertRows<T>(tx: Db, table: PgTable, orgId: string, columns: readonly Column<T>[], rows: readonly T[], onConflict: SQL = sql``): Promise<void> {
  for (const chunk of chunks(rows)) {
    await tx.execute(
      sql`insert into ${sql.identifier(getTableName(table))} (org_id, ${names(columns)}) select ${orgId}::uuid, ${names(columns, "r.")} from ${recordset(columns, chunk)} ${onConflict}`,
    );
  }
}

/**
 * Sets each listed row's columns to its own values, only on the organisation's rows that still match `extra`
 * (e.g. not archived). Every listed row must be found, or the import is stale.
 */
export async function updateRows<T extends { id: string }>(
  tx: Db,
  table: PgTable & { id: PgColumn },
  orgId: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  extra: SQL,
): Promise<void> {
  const idColumn = tableColumn<T>(table.id, (row) => row.id);
  const set = sql.raw(columns.map((c) => `"${c.name}" = r."${c.name}"`).join(", "));
  for (const chunk of chunks(rows)) {
    const updated = await queryRows<{ id: string }>(
      tx,
      sql`update ${sql.identifier(getTableName(table))} as t set ${set}, updated_at = now() from ${recordset([idColumn, ...columns], chunk)}
          where t.id = r.id and t.org_id = ${orgId} and ${extra} returning t.id`,
    );
    if (updated.length !== chunk.length) throw staleImport();
  }
}

/** Stamps `column` with now() on the organisation's listed rows; every one must still match `extra`. */
export async function stampRows(tx: Db, table: PgTable, column: PgColumn, orgId: string, ids: readonly string[], extra: SQL): Promise<void> {
  for (const chunk of chunks(ids)) {
    const updated = await queryRows<{ id: string }>(
      tx,
      sql`update ${sql.identifier(getTableName(table))} as t set ${sql.identifier(column.name)} = now(), updated_at = now()
          where t.org_id = ${orgId} and t.id in (select jsonb_array_elements_text(${JSON.stringify(chunk)}::jsonb)::uuid) and ${extra} returning t.id`,
    );
    if (updated.length !== chunk.length) throw staleImport();
  }
}
