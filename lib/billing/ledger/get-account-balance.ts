import { and, eq, sql } from "drizzle-orm";
import { accountBalances, buildings, legalEntities, personalAccounts, premises, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { formatRoubles } from "@/lib/exchange/decimal";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";
import { accountNotFound } from "@/lib/registry/accounts/account-errors";

export type AccountBalance = {
  id: string;
  number: string;
  els: string | null;
  premiseId: string;
  premiseType: PremiseType;
  premiseNumber: string;
  buildingId: string;
  buildingAddress: string;
  legalEntityName: string | null;
  archivedAt: Date | null;
  /** Σ of the account's ledger: positive is debt, negative an advance (overpayment). */
  balanceKopecks: bigint;
};

/** «Долг 1 234,56 ₽», «Переплата 100,00 ₽» or «Расчёты закрыты», as staff read a balance. */
export function balanceLabel(kopecks: bigint): string {
  if (kopecks > 0n) return `Долг ${formatRoubles(kopecks)}`;
  if (kopecks < 0n) return `Переплата ${formatRoubles(-kopecks)}`;
  return "Расчёты закрыты";
}

/**
 * An account's facts and balance, read from account_balances (the trigger keeps it equal to Σ entries). Another
 * organisation's account is «не найден»; one of a building outside the employee's scope is refused (403), as the
 * premise card does. Money is finance.invoices.view; seeing the account at all is registry.premises.view.
 */
export async function getAccountBalance(ctx: StaffContext, accountId: string): Promise<AccountBalance> {
  assertPermission(ctx, "registry.premises.view");
  assertPermission(ctx, "finance.invoices.view");
  const [row] = await ctx.db
    .select({
      id: personalAccounts.id,
      number: personalAccounts.number,
      els: personalAccounts.els,
      premiseId: premises.id,
      premiseType: premises.type,
      premiseNumber: premises.number,
      buildingId: buildings.id,
      buildingAddress: buildings.address,
      legalEntityName: legalEntities.name,
      archivedAt: personalAccounts.archivedAt,
      balanceKopecks: sql<string>`coalesce(${accountBalances.balanceKopecks}, 0)`.mapWith((v) => BigInt(v)),
      inScope: inScope(buildingScope(ctx, premises.buildingId)),
    })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .leftJoin(legalEntities, eq(legalEntities.id, personalAccounts.legalEntityId))
    .leftJoin(accountBalances, eq(accountBalances.accountId, personalAccounts.id))
    .where(and(eq(personalAccounts.id, accountId), eq(personalAccounts.orgId, ctx.orgId)));
  if (!row) throw accountNotFound();
  const { inScope: visible, ...account } = row;
  if (!visible) throw outOfScope();
  return account;
}
