import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientTags, premiseTags, tags } from "@/db/schema";

/** The tag names of one premise or client, alphabetically. */
export async function tagNamesOf(db: Db, orgId: string, target: { premiseId: string } | { clientId: string }): Promise<string[]> {
  const rows =
    "premiseId" in target
      ? await db
          .select({ name: tags.name })
          .from(premiseTags)
          .innerJoin(tags, eq(tags.id, premiseTags.tagId))
          .where(and(eq(premiseTags.orgId, orgId), eq(premiseTags.premiseId, target.premiseId)))
          .orderBy(asc(tags.name))
      : await db
          .select({ name: tags.name })
          .from(clientTags)
          .innerJoin(tags, eq(tags.id, clientTags.tagId))
          .where(and(eq(clientTags.orgId, orgId), eq(clientTags.clientId, target.clientId)))
          .orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}
