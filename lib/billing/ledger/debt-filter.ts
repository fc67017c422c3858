import { getTableName, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { StaffContext } from "@/lib/core/context";
import { parseKopecks } from "@/lib/exchange/decimal";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * «Долг от … до …» (roubles, inclusive) and «Только должники» / «С переплатой», as kopeck bounds on a balance:
 * debtors are balances ≥ 0,01 ₽, overpayments ≤ −0,01 ₽. Null bounds are open. `broad`: only the kind was chosen,
 * so a large share of the rows matches (see debtCondition).
 */
export type DebtFilter = { min: bigint | null; max: bigint | null; broad: boolean };

export const debtKinds = ["debtors", "overpaid"] as const;

const maxOf = (a: bigint | null, b: bigint) => (a === null || a < b ? b : a);
const minOf = (a: bigint | null, b: bigint) => (a === null || a > b ? b : a);

/** The debt filter of a list's URL (`debt`, `debtFrom`, `debtTo`), or undefined when none is set; junk is ignored. */
export function debtFilterFrom(searchParams: SearchParams): DebtFilter | undefined {
  const bound = (key: string) => {
    const text = filterParam(searchParams, key)?.slice(0, 20);
    return text ? parseKopecks(text) : null;
  };
  const kind = filterParam(searchParams, "debt");
  const from = bound("debtFrom");
  const to = bound("debtTo");
  let [min, max] = [from, to];
  if (kind === "debtors") min = maxOf(min, 1n);
  if (kind === "overpaid") max = minOf(max, -1n);
  return min === null && max === null ? undefined : { min, max, broad: from === null && to === null };
}

const inRange = (value: SQL, f: DebtFilter) =>
  sql.join([f.min === null ? sql`true` : sql`${value} >= ${f.min.toString()}::bigint`, f.max === null ? sql`true` : sql`${value} <= ${f.max.toString()}::bigint`], sql` and `);

/** Money is finance.invoices.view: without it a list neither shows debts nor filters by them. */
export const seesMoney = (ctx: Pick<StaffContext, "permissions">) => ctx.permissions.has("finance.invoices.view");

/** `"clients"."id"`: Drizzle writes a lone table's columns unqualified, which inside these subqueries would name pc.id. */
const qualified = (column: PgColumn) => sql.raw(`"${getTableName(column.table)}"."${column.name}"`);

/**
 * What a list's row owes, two ways: `each` for one row (a correlated sum over its few balances), `set` for all rows
 * at once (the ids whose sum passes `having`, in one pass over the organisation's account_balances — never over
 * ledger_entries).
 */
type DebtOf = { each: (id: SQL) => SQL; set: (orgId: string, having: (sum: SQL) => SQL) => SQL };

/** An account by its own balance. */
export const accountDebt: DebtOf = {
  each: (id) => sql`coalesce((select b.balance_kopecks from account_balances b where b.account_id = ${id}), 0)`,
  set: (orgId, having) => sql`select b.account_id from account_balances b where b.org_id = ${orgId} and ${having(sql`b.balance_kopecks`)}`,
};

/** A premise by the sum of its active accounts' balances. */
export const premiseDebt: DebtOf = {
  each: (id) => sql`(select coalesce(sum(b.balance_kopecks), 0) from personal_accounts a join account_balances b on b.account_id = a.id
    where a.premise_id = ${id} and a.archived_at is null)`,
  set: (orgId, having) => sql`select a.premise_id from account_balances b join personal_accounts a on a.id = b.account_id and a.archived_at is null
    where b.org_id = ${orgId} group by a.premise_id having ${having(sql`sum(b.balance_kopecks)`)}`,
};

/** A client by the sum over the active accounts of the premises they are linked to now. */
export const clientDebt: DebtOf = {
  each: (id) => sql`(select coalesce(sum(b.balance_kopecks), 0) from premise_clients pc join personal_accounts a on a.premise_id = pc.premise_id and a.archived_at is null
    join account_balances b on b.account_id = a.id where pc.client_id = ${id} and pc.removed_at is null)`,
  set: (orgId, having) => sql`select pc.client_id from account_balances b join personal_accounts a on a.id = b.account_id and a.archived_at is null
    join premise_clients pc on pc.premise_id = a.premise_id and pc.removed_at is null
    where b.org_id = ${orgId} group by pc.client_id having ${having(sql`sum(b.balance_kopecks)`)}`,
};

/**
 * The rows whose debt is in the filter's range, for a list's ids (ListSource: `ordered` for a page, not for the
 * count). A page of «Только должники» or «С переплатой» matches many rows, so it walks the list's own index and
 * sums each row until the page is full (milliseconds); a count, or a page of a range that may match few rows, takes
 * the set at once instead. Most rows have no balance at all (zero), so the set only ever lists rows with a non-zero
 * one: those in range when the range leaves out zero, else those out of it (`not in`).
 */
export function debtCondition(ctx: StaffContext, debt: DebtOf, id: PgColumn, f: DebtFilter | undefined, ordered: boolean): SQL | undefined {
  if (!f || !seesMoney(ctx)) return undefined;
  const column = qualified(id);
  if (ordered && f.broad) return inRange(debt.each(column), f);
  const zeroIn = (f.min === null || f.min <= 0n) && (f.max === null || f.max >= 0n);
  return zeroIn
    ? sql`${column} not in (${debt.set(ctx.orgId, (sum) => sql`not (${inRange(sum, f)})`)})`
    : sql`${column} in (${debt.set(ctx.orgId, (sum) => inRange(sum, f))})`;
}

/** The «Долг» column for exactly the rows of a page (null for an employee who may not see money). */
export const debtColumn = (ctx: StaffContext, debt: DebtOf, id: PgColumn): SQL<bigint | null> =>
  seesMoney(ctx) ? debt.each(qualified(id)).mapWith((v: string | number | null) => (v === null ? null : BigInt(v))) : sql`null`;
