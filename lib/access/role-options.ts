import { asc, eq } from "drizzle-orm";
import { roles } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** The organisation's roles as choices for a select or a filter (names only, so no permission is needed). */
export async function roleOptions(ctx: StaffContext) {
  return ctx.db.select({ value: roles.id, label: roles.name }).from(roles).where(eq(roles.orgId, ctx.orgId)).orderBy(asc(roles.name));
}
