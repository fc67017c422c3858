import { and, eq, inArray } from "drizzle-orm";
import { personalAccounts } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

export type StoredAccount = { id: string; premiseId: string; archived: boolean; input: Record<string, unknown> };

/** Accounts already stored under the request's external ids (archived too), as form input. */
export async function storedAccounts(ctx: StaffContext, externalIds: string[]): Promise<Map<string, StoredAccount>> {
  const found = new Map<string, StoredAccount>();
  for (let start = 0; start < externalIds.length; start += 5000) {
    const rows = await ctx.db
      .select()
      .from(personalAccounts)
      .where(and(eq(personalAccounts.orgId, ctx.orgId), inArray(personalAccounts.externalId, externalIds.slice(start, start + 5000))));
    for (const a of rows) {
      const input = { legalEntityId: a.legalEntityId, number: a.number, els: a.els, externalId: a.externalId, hiddenInCabinet: a.hiddenInCabinet };
      // External ids of accounts have no unique index; the active account wins over archived namesakes.
      const seen = found.get(a.externalId ?? "");
      if (!seen || (seen.archived && !a.archivedAt)) found.set(a.externalId ?? "", { id: a.id, premiseId: a.premiseId, archived: a.archivedAt !== null, input });
    }
  }
  return found;
}
