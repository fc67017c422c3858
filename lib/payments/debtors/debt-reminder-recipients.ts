import { sql, type SQL } from "drizzle-orm";
import type { DebtReminderChannel } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { parseListParams } from "@/lib/table/list-params";
import { debtorFiltersFrom } from "./debtor-filters";
import { contactBasis, debtorsSource } from "./list-debtors";

export type DebtReminderRecipient = { clientId: string; name: string; address: string; accounts: { number: string; debtKopecks: bigint }[]; debtKopecks: bigint };

type RecipientRow = { client_id: string; name: string; address: string; accounts: { number: string; debt: string }[] };

/**
 * Whom «Напомнить о долге» reaches for the debtors' URL query: the client each filtered debtor row names (see
 * contactBasis), once per client with all their accounts of the filter, only those with an address for the channel
 * and not reminded yet on `today`. Ordered by client id, so the job can walk it in chunks after `afterClientId`.
 */
function recipientsQuery(ctx: StaffContext, query: Record<string, string>, channel: DebtReminderChannel, today: string, afterClientId: string | null): SQL {
  const filters = debtorFiltersFrom(query);
  const accounts = debtorsSource(ctx, parseListParams(query), filters).ids(false);
  const address = channel === "email" ? sql`lower(c.email)` : sql`c.phone`;
  return sql`select c.id as client_id, concat_ws(' ', c.last_name, c.first_name, c.middle_name) as name, ${address} as address,
                    json_agg(json_build_object('number', a.number, 'debt', b.balance_kopecks::text) order by b.balance_kopecks desc, a.number) as accounts
             from (${accounts}) debtor(id)
             join personal_accounts a on a.id = debtor.id
             join account_balances b on b.account_id = a.id
             join premise_clients pc on pc.premise_id = a.premise_id and pc.removed_at is null and pc.basis = ${contactBasis(sql`a.premise_id`, filters.role)}
             join clients c on c.id = pc.client_id
             where c.org_id = ${ctx.orgId} and nullif(${address}, '') is not null
               and not exists (select 1 from debt_reminders r where r.org_id = ${ctx.orgId} and r.client_id = c.id and r.sent_on = ${today}::date)
               ${afterClientId ? sql`and c.id > ${afterClientId}::uuid` : sql``}
             group by c.id
             order by c.id`;
}

const toRecipient = (r: RecipientRow): DebtReminderRecipient => {
  const accounts = r.accounts.map((a) => ({ number: a.number, debtKopecks: BigInt(a.debt) }));
  return { clientId: r.client_id, name: r.name, address: r.address, accounts, debtKopecks: accounts.reduce((sum, a) => sum + a.debtKopecks, 0n) };
};

export async function countDebtReminderRecipients(ctx: StaffContext, query: Record<string, string>, channel: DebtReminderChannel, today: string): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(ctx.db, sql`select count(*) as n from (${recipientsQuery(ctx, query, channel, today, null)}) recipients`);
  return Number(row?.n ?? 0);
}

/** The next `limit` recipients after `afterClientId` (null: from the start). */
export async function debtReminderRecipients(
  ctx: StaffContext,
  query: Record<string, string>,
  channel: DebtReminderChannel,
  today: string,
  { afterClientId = null, limit }: { afterClientId?: string | null; limit: number },
): Promise<DebtReminderRecipient[]> {
  const rows = await queryRows<RecipientRow>(ctx.db, sql`${recipientsQuery(ctx, query, channel, today, afterClientId)} limit ${limit}`);
  return rows.map(toRecipient);
}
