import { and, asc, count, eq } from "drizzle-orm";
import { legalEntities, personalAccounts, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import type { ApiList, ApiPage } from "../api-page";

/** GET /api/v1/accounts: the organisation's personal accounts with their premise's ids, paged; or by `externalId`. */
export async function listApiAccounts(ctx: StaffContext, { externalId, page, size }: ApiPage) {
  assertPermission(ctx, "registry.premises.view");
  const where = and(eq(personalAccounts.orgId, ctx.orgId), externalId ? eq(personalAccounts.externalId, externalId) : undefined);
  const rows = await ctx.db
    .select({
      id: personalAccounts.id,
      externalId: personalAccounts.externalId,
      number: personalAccounts.number,
      els: personalAccounts.els,
      premiseId: personalAccounts.premiseId,
      premiseExternalId: premises.externalId,
      legalEntityInn: legalEntities.inn,
      hiddenInCabinet: personalAccounts.hiddenInCabinet,
      archivedAt: personalAccounts.archivedAt,
    })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .leftJoin(legalEntities, eq(legalEntities.id, personalAccounts.legalEntityId))
    .where(where)
    .orderBy(asc(personalAccounts.createdAt), asc(personalAccounts.id))
    .limit(size)
    .offset((page - 1) * size);
  const [total] = await ctx.db.select({ n: count() }).from(personalAccounts).where(where);
  const items = rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null }));
  return { items, total: total?.n ?? 0, page, size } satisfies ApiList<unknown>;
}
