import { asc, eq } from "drizzle-orm";
import { tags } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** Every tag of the organisation, for filters and suggestions. */
export async function listTags(ctx: StaffContext): Promise<{ id: string; name: string }[]> {
  return ctx.db.select({ id: tags.id, name: tags.name }).from(tags).where(eq(tags.orgId, ctx.orgId)).orderBy(asc(tags.name));
}
