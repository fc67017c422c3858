import { and, eq, inArray } from "drizzle-orm";
import { clientExternalIds } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** Which of `wanted` name a client: already in the organisation or sent in the same request. */
export async function knownClientExternalIds(ctx: StaffContext, wanted: string[], inRequest: ReadonlySet<string>): Promise<Set<string>> {
  const known = new Set(wanted.filter((id) => inRequest.has(id)));
  const rest = [...new Set(wanted.filter((id) => !known.has(id)))];
  if (rest.length === 0) return known;
  const rows = await ctx.db
    .select({ externalId: clientExternalIds.externalId })
    .from(clientExternalIds)
    .where(and(eq(clientExternalIds.orgId, ctx.orgId), inArray(clientExternalIds.externalId, rest)));
  for (const row of rows) known.add(row.externalId);
  return known;
}
