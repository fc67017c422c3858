import { and, asc, desc, eq, sql } from "drizzle-orm";
import { bankAccounts, legalEntities } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { legalEntityNotFound } from "./legal-entity-errors";

/** One legal entity with all its bank accounts: active ones first, the default on top. */
export async function getLegalEntity(ctx: StaffContext, id: string) {
  assertPermission(ctx, "settings.view");
  const [entity] = await ctx.db
    .select()
    .from(legalEntities)
    .where(and(eq(legalEntities.id, id), eq(legalEntities.orgId, ctx.orgId)));
  if (!entity) throw legalEntityNotFound();
  const accounts = await ctx.db
    .select()
    .from(bankAccounts)
    .where(and(eq(bankAccounts.legalEntityId, id), eq(bankAccounts.orgId, ctx.orgId)))
    .orderBy(sql`${bankAccounts.archivedAt} is not null`, desc(bankAccounts.isDefault), asc(bankAccounts.createdAt));
  return { ...entity, bankAccounts: accounts };
}
export type LegalEntityDetails = Awaited<ReturnType<typeof getLegalEntity>>;
