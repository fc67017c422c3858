import { and, eq, inArray } from "drizzle-orm";
import { premises, premiseTags, tags } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** Premises already stored under the request's external ids (archived too), as form input plus their tag names. */
export async function storedPremises(ctx: StaffContext, externalIds: string[]) {
  const found = new Map<string, { id: string; archived: boolean; input: Record<string, unknown> & { tags: string[] } }>();
  for (let start = 0; start < externalIds.length; start += 5000) {
    const rows = await ctx.db
      .select({ premise: premises, tag: tags.name })
      .from(premises)
      .leftJoin(premiseTags, eq(premiseTags.premiseId, premises.id))
      .leftJoin(tags, eq(tags.id, premiseTags.tagId))
      .where(and(eq(premises.orgId, ctx.orgId), inArray(premises.externalId, externalIds.slice(start, start + 5000))));
    for (const { premise: p, tag } of rows) {
      const seen = found.get(p.externalId ?? "");
      if (seen) {
        if (tag) seen.input.tags.push(tag);
        continue;
      }
      const { buildingId, type, number, entrance, floor, totalArea, livingArea, rooms, onlinePayment, note, externalId } = p;
      const input = { buildingId, type, number, entrance, floor, totalArea, livingArea, rooms, onlinePayment, note, externalId, tags: tag ? [tag] : [] };
      found.set(p.externalId ?? "", { id: p.id, archived: p.archivedAt !== null, input });
    }
  }
  return found;
}
