import { and, eq, inArray, isNull } from "drizzle-orm";
import { personalAccounts } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

export type StoredAccount = { id: string; premiseId: string; archived: boolean; adopted: boolean; input: Record<string, unknown> };

const asInput = (a: typeof personalAccounts.$inferSelect) => ({
  legalEntityId: a.legalEntityId,
  number: a.number,
  els: a.els,
  externalId: a.externalId,
  hiddenInCabinet: a.hiddenInCabinet,
});

/** Accounts already stored under the request's external ids (archived too), as form input. */
export async function storedAccounts(ctx: StaffContext, externalIds: string[]): Promise<Map<string, StoredAccount>> {
  const found = new Map<string, StoredAccount>();
  for (let start = 0; start < externalIds.length; start += 5000) {
    const rows = await ctx.db
      .select()
      .from(personalAccounts)
      .where(and(eq(personalAccounts.orgId, ctx.orgId), inArray(personalAccounts.externalId, externalIds.slice(start, start + 5000))));
    for (const a of rows) {
      // External ids of accounts have no unique index; the active account wins over archived namesakes.
      const seen = found.get(a.externalId ?? "");
      if (!seen || (seen.archived && !a.archivedAt)) {
        found.set(a.externalId ?? "", { id: a.id, premiseId: a.premiseId, archived: a.archivedAt !== null, adopted: false, input: asInput(a) });
      }
    }
  }
  return found;
}

export const accountTwinKey = (premiseId: string, number: unknown) => `${premiseId}|${String(number ?? "").trim()}`;

/**
 * Active accounts entered by hand (no external id) on the given premises, by accountTwinKey: an item naming one adopts
 * it, keeping what the item leaves out.
 */
export async function unclaimedAccounts(ctx: StaffContext, premiseIds: string[]): Promise<Map<string, StoredAccount>> {
  const found = new Map<string, StoredAccount>();
  const wanted = [...new Set(premiseIds)];
  for (let start = 0; start < wanted.length; start += 5000) {
    const rows = await ctx.db
      .select()
      .from(personalAccounts)
      .where(
        and(
          eq(personalAccounts.orgId, ctx.orgId),
          inArray(personalAccounts.premiseId, wanted.slice(start, start + 5000)),
          isNull(personalAccounts.externalId),
          isNull(personalAccounts.archivedAt),
        ),
      );
    for (const a of rows) found.set(accountTwinKey(a.premiseId, a.number), { id: a.id, premiseId: a.premiseId, archived: false, adopted: true, input: asInput(a) });
  }
  return found;
}
