import { sql, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { offsetOf, type ListParams, type ListTotal, type Page } from "./list-params";
import type { ExportBatch } from "./xlsx-export";

/** Beyond this many rows a list says «более 10 000» (with the planner's estimate) instead of counting every row. */
export const COUNT_LIMIT = 10_000;

/**
 * A Drizzle `select({ id })…where(…)` made `.$dynamic()`: the list's filtered ids, so the primitive can add the order,
 * the limit and the offset itself.
 */
export interface IdQuery<Id> extends SQLWrapper, PromiseLike<{ id: Id }[]> {
  limit(limit: number): IdQuery<Id>;
  offset(offset: number): IdQuery<Id>;
}

/**
 * One staff list, in two halves. `ids(ordered)` selects the ids of the filtered rows — with the list order when
 * `ordered`, without it for counting — and should stay on indexed columns; `rows(ids)` computes the display columns
 * (joins, per-row subqueries) for exactly those ids, in any order. Every list page, count and export is built from
 * these two, so the expensive columns are never computed for rows that are skipped or only counted.
 */
export type ListSource<Row, Id extends string | number = string> = {
  ids: (ordered: boolean) => IdQuery<Id>;
  rows: (ids: Id[]) => Promise<Row[]>;
  id: (row: Row) => Id;
};

/** `rows` put back in the order of `ids`; an id whose row vanished meanwhile is skipped. */
export function inIdOrder<Row, Id>(ids: readonly Id[], rows: readonly Row[], idOf: (row: Row) => Id): Row[] {
  const byId = new Map(rows.map((r) => [idOf(r), r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The planner's row estimate for a query — what a list shows when counting exactly would cost too much. */
async function estimateRows(db: Db, query: SQLWrapper): Promise<number | null> {
  const [row] = await queryRows<{ "QUERY PLAN": unknown }>(db, sql`explain (format json) ${query}`);
  const plan = typeof row?.["QUERY PLAN"] === "string" ? JSON.parse(row["QUERY PLAN"]) : row?.["QUERY PLAN"];
  const rows = (plan as { Plan?: { "Plan Rows"?: number } }[] | undefined)?.[0]?.Plan?.["Plan Rows"];
  return typeof rows === "number" ? Math.round(rows) : null;
}

/**
 * Counts exactly up to `limit`, reading at most limit + 1 ids; above that answers the limit as a lower bound, with the
 * planner's estimate when it is larger (the UI says which it is).
 */
export async function countList<Id extends string | number>(db: Db, ids: IdQuery<Id>, limit = COUNT_LIMIT): Promise<ListTotal> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from (${ids.limit(limit + 1)}) capped`);
  const n = Number(row?.n ?? 0);
  if (n <= limit) return { count: n, exact: true, estimate: null };
  const estimate = await estimateRows(db, ids);
  return { count: limit, exact: false, estimate: estimate !== null && estimate > limit ? estimate : null };
}

/**
 * One page of a list: the page's ids on the list's (indexed) order first, then the display columns for those ids
 * only, and the count beside them. Deep pages stay cheap because the offset walks ids, not computed rows.
 */
export async function listPage<Row, Id extends string | number>(db: Db, source: ListSource<Row, Id>, params: ListParams): Promise<Page<Row>> {
  const [ids, total] = await Promise.all([
    source.ids(true).limit(params.size).offset(offsetOf(params)).then((r) => r.map((x) => x.id)),
    countList(db, source.ids(false)),
  ]);
  const rows = ids.length ? await source.rows(ids) : [];
  return { rows: inIdOrder(ids, rows, source.id), total };
}

/** Ids per step of a full walk: one index range read each. */
const ID_STEP = 10_000;

/** The list's ids in list order, `batchSize` at a time, read in steps of ID_STEP. */
async function* idBatches<Row, Id extends string | number>(source: ListSource<Row, Id>, batchSize: number): AsyncGenerator<Id[]> {
  for (let offset = 0; ; offset += ID_STEP) {
    const ids = (await source.ids(true).limit(ID_STEP).offset(offset)).map((x) => x.id);
    for (let i = 0; i < ids.length; i += batchSize) yield ids.slice(i, i + batchSize);
    if (ids.length < ID_STEP) return;
  }
}

/**
 * Every row of the list in list order, `batchSize` at a time — for exports of any size. The next batch is read while
 * the caller writes this one, so the database and the writer work side by side; at most two batches of rows are held
 * at a time. `skipped` counts ids whose row was gone by the time it was read.
 */
export async function* listBatches<Row, Id extends string | number>(source: ListSource<Row, Id>, batchSize = 1000): AsyncGenerator<ExportBatch<Row>> {
  const read = async (ids: Id[]): Promise<ExportBatch<Row>> => {
    const rows = inIdOrder(ids, await source.rows(ids), source.id);
    return { rows, skipped: ids.length - rows.length };
  };
  let ahead: Promise<ExportBatch<Row>> | undefined;
  for await (const ids of idBatches(source, batchSize)) {
    const next = read(ids);
    // Marked handled so that a failure while the caller is still writing is no unhandled rejection; awaiting `next`
    // below still throws it.
    next.catch(() => undefined);
    if (ahead) yield await ahead;
    ahead = next;
  }
  if (ahead) yield await ahead;
}
