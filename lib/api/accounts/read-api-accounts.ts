import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { legalEntities, personalAccounts, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { cursorText, listPage, withoutCursor, type ApiListQuery } from "../api-page";

const fields = {
  id: personalAccounts.id,
  cursorAt: cursorText(personalAccounts),
  externalId: personalAccounts.externalId,
  number: personalAccounts.number,
  els: personalAccounts.els,
  premiseId: personalAccounts.premiseId,
  premiseExternalId: premises.externalId,
  legalEntityInn: legalEntities.inn,
  hiddenInCabinet: personalAccounts.hiddenInCabinet,
  archivedAt: personalAccounts.archivedAt,
  updatedAt: personalAccounts.updatedAt,
};

const select = (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
  ctx.db
    .select(fields)
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .leftJoin(legalEntities, eq(legalEntities.id, personalAccounts.legalEntityId))
    .where(where)
    .orderBy(...order)
    .limit(limit);
type Row = Awaited<ReturnType<ReturnType<typeof select>>>[number];

const shape = (rows: Omit<Row, "cursorAt">[]) => rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null }));
export type ApiAccount = ReturnType<typeof shape>[number];

/** GET /api/v1/accounts: the organisation's personal accounts with their premise's ids, in the stated order, by cursor. */
export async function listApiAccounts(ctx: StaffContext, query: ApiListQuery) {
  assertPermission(ctx, "registry.premises.view");
  return listPage(ctx.db, personalAccounts, ctx.orgId, query, undefined, select(ctx), shape);
}

/**
 * GET /api/v1/accounts/{id} and /api/v1/accounts/external/{externalId}. Account external ids are not unique (an
 * archived account may share one): the active account is the one meant.
 */
export async function getApiAccount(ctx: StaffContext, by: { id: string } | { externalId: string }): Promise<ApiAccount> {
  assertPermission(ctx, "registry.premises.view");
  if ("id" in by && !z.uuid().safeParse(by.id).success) throw notFound("Лицевой счёт");
  const where = and(eq(personalAccounts.orgId, ctx.orgId), "id" in by ? eq(personalAccounts.id, by.id) : eq(personalAccounts.externalId, by.externalId));
  const [item] = shape((await select(ctx)(where, [sql`(${personalAccounts.archivedAt} is null) desc`, asc(personalAccounts.id)], 1)).map(withoutCursor));
  if (!item) throw notFound("Лицевой счёт");
  return item;
}
