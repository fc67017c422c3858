import { and, asc, count, eq, gte, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assertPermission } from "@/lib/access/assert-permission";
import type { Permission } from "@/lib/core/permissions";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { zodProblemErrors } from "./problem";

export const MAX_PAGE_SIZE = 500;

/** Where a page ends: the last row's updated_at (as PostgreSQL prints it, microseconds kept) and id. */
type Cursor = { at: string; id: string };

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.at, c.id])).toString("base64url");

const cursorSchema = z.string().max(200).transform((text, ctx) => {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    if (typeof at === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(at) && typeof id === "string" && z.uuid().safeParse(id).success) return { at, id };
  } catch {
    // falls through to the issue below
  }
  ctx.addIssue({ code: "custom", message: "Неверный курсор: передайте nextCursor из предыдущего ответа как есть" });
  return z.NEVER;
});

/**
 * The query of every GET list: `updatedSince`, `externalId`, `cursor`, `limit`, `total`. Unknown parameters are
 * refused like unknown fields, so a misspelt filter cannot silently return everything.
 */
export const apiListQuerySchema = z.strictObject({
  externalId: z.string().trim().min(1).max(100).optional(),
  updatedSince: z.iso.datetime({ offset: true, error: "updatedSince: дата и время ISO 8601, например 2026-11-30T00:00:00Z" }).optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int("limit: целое число").min(1, "limit: от 1").max(MAX_PAGE_SIZE, `limit: не больше ${MAX_PAGE_SIZE}`).default(100),
  total: z.enum(["true", "false"], "total: true или false").default("false").transform((v) => v === "true"),
});
export type ApiListQuery = z.output<typeof apiListQuerySchema>;

/** Parses a list's query string with `schema` (the common one, or a kind's extension of it); a bad value is a 422. */
export function parseApiQuery<S extends z.ZodType>(url: string, schema: S): z.output<S> {
  const result = parseInRussian(schema, Object.fromEntries(new URL(url).searchParams));
  if (!result.success) {
    const errors = zodProblemErrors(result.error.issues);
    throw new AppError("VALIDATION", "Проверьте параметры запроса", Object.fromEntries(errors.map((e) => [e.field ?? "query", [e.message]])));
  }
  return result.data;
}

/** A table the API lists: ordered and paged by (updated_at, id), which an index (org_id, updated_at, id) serves. */
type Listed = PgTable & { id: PgColumn; orgId: PgColumn; updatedAt: PgColumn; externalId?: PgColumn };

export const cursorText = (table: Listed) => sql<string>`to_char(${table.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export type ApiListPage<T> = { items: T[]; nextCursor: string | null; total?: number };

/** A row as the API shows it: the cursor text is for paging only. */
export function withoutCursor<T extends { cursorAt: string }>(row: T): Omit<T, "cursorAt"> {
  const copy: Partial<T> = { ...row };
  delete copy.cursorAt;
  return copy as Omit<T, "cursorAt">;
}

/**
 * One page of a kind: rows of the organisation matching `where` and the common filters, in the stated order
 * (updated_at, then id: rows written in one transaction share updated_at, so the id breaks the tie), from after the
 * cursor. `fetch` selects the kind's fields for the given condition and `limit`, ordered by `order`.
 */
export async function listPage<T extends { id: string; cursorAt: string }, R>(
  db: Db,
  table: Listed,
  orgId: string,
  query: ApiListQuery,
  where: SQL | undefined,
  fetch: (where: SQL | undefined, order: SQL[], limit: number) => Promise<T[]>,
  shape: (rows: Omit<T, "cursorAt">[]) => Promise<R[]> | R[],
): Promise<ApiListPage<R>> {
  const filter = and(
    eq(table.orgId, orgId),
    where,
    query.externalId && table.externalId ? eq(table.externalId, query.externalId) : undefined,
    query.updatedSince ? gte(table.updatedAt, sql`${query.updatedSince}::timestamptz`) : undefined,
  );
  const after = query.cursor ? sql`(${table.updatedAt}, ${table.id}) > (${query.cursor.at}::timestamptz, ${query.cursor.id}::uuid)` : undefined;
  const rows = await fetch(and(filter, after), [asc(table.updatedAt), asc(table.id)], query.limit + 1);
  const more = rows.length > query.limit;
  const pageRows = more ? rows.slice(0, query.limit) : rows;
  const last = pageRows.at(-1);
  const page: ApiListPage<R> = { items: await shape(pageRows.map(withoutCursor)), nextCursor: more && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null };
  if (query.total) {
    const [total] = await db.select({ n: count() }).from(table as PgTable).where(filter);
    page.total = total?.n ?? 0;
  }
  return page;
}

/** The `{id}` or `{externalId}` at the end of /api/v1/<kind>/…: route handlers read it off the URL. */
export const lastPathSegment = (url: string) => decodeURIComponent(new URL(url).pathname.split("/").at(-1) ?? "");

type Fetch<T> = (where: SQL | undefined, order: SQL[], limit: number) => Promise<T[]>;

/**
 * How the API reads one kind: the permission it needs, its rows (`select`, with `cursorAt: cursorText(table)`), how
 * they are shown, and what a missing one is called («Помещение» → «Помещение не найдено»).
 */
type Reader<T extends { id: string; cursorAt: string }, R> = {
  table: Listed;
  permission: Permission;
  noun: string;
  select: (ctx: StaffContext) => Fetch<T>;
  shape: (ctx: StaffContext, rows: Omit<T, "cursorAt">[]) => Promise<R[]> | R[];
  /** How an external id names a row, when not by the table's own external_id column. */
  byExternalId?: (ctx: StaffContext, externalId: string) => SQL;
  /** Which row an external id means when several share it (accounts: the active one first). */
  prefer?: SQL[];
};

/** List (by cursor, with the kind's extra `where`) and get-one (by id or external id, 404 otherwise) of a kind. */
export function apiReader<T extends { id: string; cursorAt: string }, R>(reader: Reader<T, R>) {
  const externalCondition = (ctx: StaffContext, externalId: string) =>
    reader.byExternalId?.(ctx, externalId) ?? (reader.table.externalId ? eq(reader.table.externalId, externalId) : sql`false`);
  return {
    list(ctx: StaffContext, query: ApiListQuery, where?: SQL): Promise<ApiListPage<R>> {
      assertPermission(ctx, reader.permission);
      return listPage(ctx.db, reader.table, ctx.orgId, query, where, reader.select(ctx), (rows) => reader.shape(ctx, rows));
    },
    async get(ctx: StaffContext, by: { id: string } | { externalId: string }): Promise<R> {
      assertPermission(ctx, reader.permission);
      if ("id" in by && !z.uuid().safeParse(by.id).success) throw notFound(reader.noun);
      const where = and(eq(reader.table.orgId, ctx.orgId), "id" in by ? eq(reader.table.id, by.id) : externalCondition(ctx, by.externalId));
      const rows = await reader.select(ctx)(where, [...(reader.prefer ?? []), asc(reader.table.id)], 1);
      const [item] = await reader.shape(ctx, rows.map(withoutCursor));
      if (!item) throw notFound(reader.noun);
      return item;
    },
  };
}
