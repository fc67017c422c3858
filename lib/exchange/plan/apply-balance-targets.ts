import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ApplyScope } from "./apply-plan-part";
import { chunks, queryRows, recordset, staleImport, type Column } from "./bulk-sql";
import type { BalanceTarget } from "./registry-plan";

// A recordset of its own, not a table's rows: the target is compared, never stored.
const targetColumns: Column<BalanceTarget>[] = [
  { name: "account_id", type: "uuid", value: (t) => t.accountId },
  { name: "target", type: "bigint", value: (t) => t.kopecks },
];

/**
 * Sets balances the ledger way: never an update, but one «balance_adjustment» entry per account for the difference
 * between the target and the balance at this moment, so a payment booked after the preview is not lost.
 */
export async function applyBalanceTargets(tx: Db, scope: ApplyScope, targets: readonly BalanceTarget[]): Promise<void> {
  for (const chunk of chunks(targets)) {
    const [counts] = await queryRows<{ matched: number }>(
      tx,
      sql`
      with matched as (
        select a.id as account_id, r.target - b.balance as delta
        from ${recordset(targetColumns, chunk)}
        join personal_accounts a on a.id = r.account_id and a.org_id = ${scope.orgId} and a.archived_at is null
        cross join lateral (
          select coalesce(sum(l.amount_kopecks), 0)::bigint as balance from ledger_entries l where l.org_id = ${scope.orgId} and l.account_id = a.id
        ) b
      ), inserted as (
        insert into ledger_entries (org_id, account_id, kind, amount_kopecks, occurred_on, note, source)
        select ${scope.orgId}, account_id, 'balance_adjustment', delta, ${scope.occurredOn}::date, ${scope.note}, ${scope.source}
        from matched where delta <> 0
        returning 1
      )
      select (select count(*) from matched)::int as matched, (select count(*) from inserted)::int as inserted`,
    );
    if (Number(counts?.matched) !== chunk.length) throw staleImport();
  }
}
