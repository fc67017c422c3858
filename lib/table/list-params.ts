import { z } from "zod";
import { stripControlChars } from "@/lib/core/text";

export const PAGE_SIZES = [10, 25, 50, 100] as const;

type SearchParams = Record<string, string | string[] | undefined>;

/** Pagination, sorting and search as they appear in a table's URL; bad values fall back to defaults. */
export const listParamsSchema = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce
    .number()
    .int()
    .refine((v) => (PAGE_SIZES as readonly number[]).includes(v))
    .catch(25),
  sort: z.string().max(40).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  q: z.string().trim().max(200).optional().catch(undefined),
});
export type ListParams = z.output<typeof listParamsSchema>;

/**
 * How many rows a list has: exact up to a limit; above it `count` is that limit (a lower bound) and `estimate` the
 * planner's guess, if it has a larger one.
 */
export type ListTotal = { count: number; exact: boolean; estimate: number | null };

export type Page<T> = { rows: T[]; total: ListTotal };

/** The first value of a URL parameter, without control characters (a NUL would make PostgreSQL refuse the query). */
const first = (v: string | string[] | undefined) => {
  const value = Array.isArray(v) ? v[0] : v;
  return value === undefined ? undefined : stripControlChars(value);
};

export function parseListParams(searchParams: SearchParams): ListParams {
  return listParamsSchema.parse({
    page: first(searchParams.page),
    size: first(searchParams.size),
    sort: first(searchParams.sort),
    dir: first(searchParams.dir) ?? "asc",
    q: first(searchParams.q) || undefined,
  });
}

/** A single-valued filter from the URL; empty means "not filtered". */
export function filterParam(searchParams: SearchParams, key: string): string | undefined {
  return first(searchParams[key])?.trim() || undefined;
}

export const offsetOf = (params: ListParams) => (params.page - 1) * params.size;

/** LIKE pattern for a user's search text, with LIKE's own wildcards escaped. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
