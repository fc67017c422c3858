import { getTableName, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { StaffContext } from "@/lib/core/context";
import { parseKopecks } from "@/lib/exchange/decimal";
import { filterParam } from "@/lib/table/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * «Долг от … до …» (roubles, inclusive) and «Только должники» / «С переплатой», as kopeck bounds on a balance:
 * debtors are balances ≥ 0,01 ₽, overpayments ≤ −0,01 ₽. Null bounds are open.
 */
export type DebtFilter = { min: bigint | null; max: bigint | null };

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
  let min = bound("debtFrom");
  let max = bound("debtTo");
  if (kind === "debtors") min = maxOf(min, 1n);
  if (kind === "overpaid") max = minOf(max, -1n);
  return min === null && max === null ? undefined : { min, max };
}

const inRange = (value: SQL, f: DebtFilter) =>
  sql.join([f.min === null ? sql`true` : sql`${value} >= ${f.min.toString()}::bigint`, f.max === null ? sql`true` : sql`${value} <= ${f.max.toString()}::bigint`], sql` and `);

/** Money is finance.invoices.view: without it a list neither shows debts nor filters by them. */
const seesMoney = (ctx: Pick<StaffContext, "permissions">) => ctx.permissions.has("finance.invoices.view");

/** `"clients"."id"`: Drizzle writes a lone table's columns unqualified, which inside these subqueries would name pc.id. */
const qualified = (column: PgColumn) => sql.raw(`"${getTableName(column.table)}"."${column.name}"`);

/**
 * A row whose balance is in the range. Most rows have no balance at all (no account_balances row: zero), so the
 * subquery only ever lists the rows with a non-zero balance: those in range when the range leaves out zero, else
 * those out of it (`not in`) — either way one pass over account_balances, never over ledger_entries.
 */
function rangeCondition(id: PgColumn, balances: (having: (sum: SQL) => SQL) => SQL, f: DebtFilter): SQL {
  const zeroIn = (f.min === null || f.min <= 0n) && (f.max === null || f.max >= 0n);
  const column = qualified(id);
  return zeroIn ? sql`${column} not in (${balances((sum) => sql`not (${inRange(sum, f)})`)})` : sql`${column} in (${balances((sum) => inRange(sum, f))})`;
}

/** Accounts by their own balance. */
export function accountDebtCondition(ctx: StaffContext, id: PgColumn, f: DebtFilter | undefined): SQL | undefined {
  if (!f || !seesMoney(ctx)) return undefined;
  return rangeCondition(id, (having) => sql`select b.account_id from account_balances b where b.org_id = ${ctx.orgId} and ${having(sql`b.balance_kopecks`)}`, f);
}

/** Premises by the sum of their active accounts' balances. */
export function premiseDebtCondition(ctx: StaffContext, id: PgColumn, f: DebtFilter | undefined): SQL | undefined {
  if (!f || !seesMoney(ctx)) return undefined;
  return rangeCondition(
    id,
    (having) => sql`select a.premise_id from account_balances b join personal_accounts a on a.id = b.account_id and a.archived_at is null
      where b.org_id = ${ctx.orgId} group by a.premise_id having ${having(sql`sum(b.balance_kopecks)`)}`,
    f,
  );
}

/** Clients by the sum of the balances of the active accounts of the premises they are linked to now. */
export function clientDebtCondition(ctx: StaffContext, id: PgColumn, f: DebtFilter | undefined): SQL | undefined {
  if (!f || !seesMoney(ctx)) return undefined;
  return rangeCondition(
    id,
    (having) => sql`select pc.client_id from account_balances b join personal_accounts a on a.id = b.account_id and a.archived_at is null
      join premise_clients pc on pc.premise_id = a.premise_id and pc.removed_at is null
      where b.org_id = ${ctx.orgId} group by pc.client_id having ${having(sql`sum(b.balance_kopecks)`)}`,
    f,
  );
}

const kopecks = (value: SQL) => value.mapWith((v: string | number | null) => (v === null ? null : BigInt(v)));

/** «Долг» columns for exactly the rows of a page (null for an employee who may not see money). */
export const accountDebtOf = (ctx: StaffContext, id: PgColumn): SQL<bigint | null> =>
  seesMoney(ctx) ? kopecks(sql`coalesce((select b.balance_kopecks from account_balances b where b.account_id = ${qualified(id)}), 0)`) : sql`null`;

export const premiseDebtOf = (ctx: StaffContext, id: PgColumn): SQL<bigint | null> =>
  seesMoney(ctx)
    ? kopecks(sql`(select coalesce(sum(b.balance_kopecks), 0) from personal_accounts a join account_balances b on b.account_id = a.id
        where a.premise_id = ${qualified(id)} and a.archived_at is null)`)
    : sql`null`;

export const clientDebtOf = (ctx: StaffContext, id: PgColumn): SQL<bigint | null> =>
  seesMoney(ctx)
    ? kopecks(sql`(select coalesce(sum(b.balance_kopecks), 0) from premise_clients pc join personal_accounts a on a.premise_id = pc.premise_id and a.archived_at is null
        join account_balances b on b.account_id = a.id where pc.client_id = ${qualified(id)} and pc.removed_at is null)`)
    : sql`null`;
