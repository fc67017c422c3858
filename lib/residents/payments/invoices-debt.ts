import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invoiceLines, invoices, ledgerEntries, type InvoiceType } from "@/db/schema";
import { debtOf } from "./payment-rules";

type Chosen = { id: string; accountId: string; type: InvoiceType; period: string; dueKopecks: bigint };

/**
 * What chosen invoices ask, per account: what the ledger still holds on their lines, or — when more — the newest
 * invoice of each type, which opens with the type's older debt (a single invoice, or older ones not chosen). Neither
 * counts a debt twice, as adding up invoices that each carry the previous balance would.
 */
export async function debtByAccount(db: Db, chosen: readonly Chosen[]): Promise<Map<string, bigint>> {
  const ids = chosen.map((i) => i.id);
  const open = ids.length
    ? await db
        .select({ accountId: invoices.accountId, unpaid: sql<string>`coalesce(sum(${ledgerEntries.amountKopecks}), 0)::text` })
        .from(ledgerEntries)
        .innerJoin(invoiceLines, sql`${invoiceLines.id} = ${ledgerEntries.invoiceLineId}`)
        .innerJoin(invoices, sql`${invoices.id} = ${invoiceLines.invoiceId}`)
        .where(inArray(invoices.id, ids))
        .groupBy(invoices.accountId)
    : [];
  const result = new Map<string, bigint>();
  for (const accountId of new Set(chosen.map((i) => i.accountId))) {
    const newest = debtOf(chosen.filter((i) => i.accountId === accountId).map((i) => ({ ...i, account: i.accountId })));
    const lines = BigInt(open.find((o) => o.accountId === accountId)?.unpaid ?? "0");
    result.set(accountId, lines > newest ? lines : newest);
  }
  return result;
}
