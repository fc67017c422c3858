import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { premises, premiseTags, tags } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

export type StoredPremise = { id: string; archived: boolean; adopted: boolean; input: Record<string, unknown> & { tags: string[] } };

/** The key a premise entered by hand is recognised by: the unique (building, type, number) of active premises. */
export const twinKey = (buildingId: string, type: unknown, number: unknown) => `${buildingId}|${String(type ?? "")}|${String(number ?? "").trim()}`;

/** Premises as form input plus their tag names, for rows matching `where`, keyed by `keyOf`. */
async function premisesAsInput(ctx: StaffContext, where: SQL | undefined, keyOf: (p: typeof premises.$inferSelect) => string, adopted: boolean) {
  const found = new Map<string, StoredPremise>();
  const rows = await ctx.db
    .select({ premise: premises, tag: tags.name })
    .from(premises)
    .leftJoin(premiseTags, eq(premiseTags.premiseId, premises.id))
    .leftJoin(tags, eq(tags.id, premiseTags.tagId))
    .where(and(eq(premises.orgId, ctx.orgId), where));
  for (const { premise: p, tag } of rows) {
    const key = keyOf(p);
    const seen = found.get(key);
    if (seen) {
      if (tag) seen.input.tags.push(tag);
      continue;
    }
    const { buildingId, type, number, entrance, floor, totalArea, livingArea, rooms, registeredResidents, onlinePayment, note, externalId } = p;
    const input = { buildingId, type, number, entrance, floor, totalArea, livingArea, rooms, registeredResidents, onlinePayment, note, externalId, tags: tag ? [tag] : [] };
    found.set(key, { id: p.id, archived: p.archivedAt !== null, adopted, input });
  }
  return found;
}

/** Premises already stored under the request's external ids (archived too). */
export async function storedPremises(ctx: StaffContext, externalIds: string[]): Promise<Map<string, StoredPremise>> {
  const found = new Map<string, StoredPremise>();
  for (let start = 0; start < externalIds.length; start += 5000) {
    const part = await premisesAsInput(ctx, inArray(premises.externalId, externalIds.slice(start, start + 5000)), (p) => p.externalId ?? "", false);
    for (const [key, premise] of part) found.set(key, premise);
  }
  return found;
}

/**
 * Active premises entered by hand (no external id) in the given buildings, by twinKey: an item naming one of them
 * adopts it, and what the item leaves out keeps the stored value, exactly as for a premise found by external id.
 */
export async function unclaimedPremises(ctx: StaffContext, buildingIds: string[]): Promise<Map<string, StoredPremise>> {
  if (buildingIds.length === 0) return new Map();
  const where = and(inArray(premises.buildingId, [...new Set(buildingIds)]), isNull(premises.externalId), isNull(premises.archivedAt));
  return premisesAsInput(ctx, where, (p) => twinKey(p.buildingId, p.type, p.number), true);
}
