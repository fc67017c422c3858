import { and, asc, eq, sql } from "drizzle-orm";
import { legalEntities, personalAccounts } from "@/db/schema";
import { accountDebt, debtColumn } from "@/lib/billing/ledger/debt-filter";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { findPremise } from "@/lib/registry/premises/find-premise";

/** The premise's accounts, active first; archived ones stay listed so they can be restored. */
export async function listPremiseAccounts(ctx: StaffContext, premiseId: string) {
  assertPermission(ctx, "registry.premises.view");
  await findPremise(ctx.db, ctx, premiseId);
  return ctx.db
    .select({
      id: personalAccounts.id,
      number: personalAccounts.number,
      els: personalAccounts.els,
      externalId: personalAccounts.externalId,
      hiddenInCabinet: personalAccounts.hiddenInCabinet,
      legalEntityId: personalAccounts.legalEntityId,
      legalEntityName: legalEntities.name,
      archivedAt: personalAccounts.archivedAt,
      /** The balance, null for an employee who may not see money. */
      debtKopecks: debtColumn(ctx, accountDebt, personalAccounts.id),
      createdAt: personalAccounts.createdAt,
    })
    .from(personalAccounts)
    .leftJoin(legalEntities, eq(legalEntities.id, personalAccounts.legalEntityId))
    .where(and(eq(personalAccounts.orgId, ctx.orgId), eq(personalAccounts.premiseId, premiseId)))
    .orderBy(sql`${personalAccounts.archivedAt} is not null`, asc(personalAccounts.number));
}
export type PremiseAccountRow = Awaited<ReturnType<typeof listPremiseAccounts>>[number];
