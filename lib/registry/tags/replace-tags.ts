import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientTags, premiseTags, tags } from "@/db/schema";

/** Ids of the named tags, creating the missing ones; an existing tag is reused whatever the case it was typed in. */
async function resolveTagIds(db: Db, orgId: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const lower = names.map((n) => n.toLowerCase());
  const find = () =>
    db
      .select({ id: tags.id, name: tags.name })
      .from(tags)
      .where(and(eq(tags.orgId, orgId), inArray(sql`lower(${tags.name})`, lower)));
  const existing = new Set((await find()).map((t) => t.name.toLowerCase()));
  const missing = names.filter((n) => !existing.has(n.toLowerCase()));
  if (missing.length) await db.insert(tags).values(missing.map((name) => ({ orgId, name }))).onConflictDoNothing();
  return (await find()).map((t) => t.id);
}

/** Makes the premise's (or client's) tags exactly `names`; call inside the caller's transaction. */
export async function replaceTags(db: Db, orgId: string, target: { premiseId: string } | { clientId: string }, names: readonly string[]) {
  const tagIds = await resolveTagIds(db, orgId, names);
  if ("premiseId" in target) {
    await db.delete(premiseTags).where(and(eq(premiseTags.orgId, orgId), eq(premiseTags.premiseId, target.premiseId)));
    if (tagIds.length) await db.insert(premiseTags).values(tagIds.map((tagId) => ({ orgId, tagId, premiseId: target.premiseId })));
  } else {
    await db.delete(clientTags).where(and(eq(clientTags.orgId, orgId), eq(clientTags.clientId, target.clientId)));
    if (tagIds.length) await db.insert(clientTags).values(tagIds.map((tagId) => ({ orgId, tagId, clientId: target.clientId })));
  }
}
