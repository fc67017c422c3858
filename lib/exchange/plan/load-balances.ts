import { eq, sql } from "drizzle-orm";
import { ledgerEntries } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** Every account's balance (the sum of its ledger; positive is debt), in kopecks, for the whole organisation. */
export async function loadBalances(ctx: StaffContext): Promise<Map<string, bigint>> {
  const rows = await ctx.db
    .select({ accountId: ledgerEntries.accountId, kopecks: sql<string>`sum(${ledgerEntries.amountKopecks})::text` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.orgId, ctx.orgId))
    .groupBy(ledgerEntries.accountId);
  return new Map(rows.map((r) => [r.accountId, BigInt(r.kopecks)]));
}
