import { eq, sql, type SQL } from "drizzle-orm";
import { legalEntities, personalAccounts, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { apiReader, cursorText } from "../api-page";

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

/**
 * GET /api/v1/accounts (+ /{id}, /external/{externalId}): accounts with their premise's ids. Account external ids
 * are not unique (an archived account may share one): the active account is the one meant.
 */
export const accountsReader = apiReader({
  table: personalAccounts,
  permission: "registry.premises.view",
  noun: "Лицевой счёт",
  select: (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
    ctx.db
      .select(fields)
      .from(personalAccounts)
      .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
      .leftJoin(legalEntities, eq(legalEntities.id, personalAccounts.legalEntityId))
      .where(where)
      .orderBy(...order)
      .limit(limit),
  shape: (_ctx, rows) => rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null })),
  prefer: [sql`(${personalAccounts.archivedAt} is null) desc`],
});
