import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, legalEntities } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { legalEntityNotFound } from "./legal-entity-errors";

/**
 * Locks the legal entity for the rest of the transaction: every change to its accounts goes through here, so two
 * concurrent saves cannot both leave a default account behind.
 */
export async function lockLegalEntity(tx: Db, ctx: StaffContext, legalEntityId: string) {
  const [entity] = await tx
    .select()
    .from(legalEntities)
    .where(and(eq(legalEntities.id, legalEntityId), eq(legalEntities.orgId, ctx.orgId)))
    .for("update");
  if (!entity) throw legalEntityNotFound();
  return entity;
}

/** The same settlement account at the same bank is one account; a second copy would split payments. */
export async function assertAccountUnique(
  tx: Db,
  ctx: StaffContext,
  account: { legalEntityId: string; bik: string; settlementAccount: string; exceptId?: string },
) {
  const [dup] = await tx
    .select({ id: bankAccounts.id })
    .from(bankAccounts)
    .where(
      and(
        eq(bankAccounts.orgId, ctx.orgId),
        eq(bankAccounts.legalEntityId, account.legalEntityId),
        eq(bankAccounts.bik, account.bik),
        eq(bankAccounts.settlementAccount, account.settlementAccount),
        isNull(bankAccounts.archivedAt),
        account.exceptId ? ne(bankAccounts.id, account.exceptId) : undefined,
      ),
    )
    .limit(1);
  if (dup) {
    throw new AppError("CONFLICT", "Этот расчётный счёт уже добавлен", { settlementAccount: ["Такой счёт уже есть у юридического лица"] });
  }
}

/**
 * Leaves exactly one default among the entity's active accounts: `wanted` when given, otherwise the current one,
 * otherwise the oldest active account (so receipts always have an account to show). Returns the default's id.
 */
export async function settleDefaultAccount(tx: Db, ctx: StaffContext, legalEntityId: string, wanted?: string): Promise<string | null> {
  const scope = and(eq(bankAccounts.orgId, ctx.orgId), eq(bankAccounts.legalEntityId, legalEntityId));
  const accounts = await tx
    .select({ id: bankAccounts.id, isDefault: bankAccounts.isDefault, archivedAt: bankAccounts.archivedAt })
    .from(bankAccounts)
    .where(scope)
    .orderBy(asc(bankAccounts.createdAt), asc(bankAccounts.id));
  const active = accounts.filter((a) => a.archivedAt === null);
  const next = wanted ?? active.find((a) => a.isDefault)?.id ?? active[0]?.id ?? null;
  const previous = accounts.filter((a) => a.isDefault).map((a) => a.id);
  const stale = previous.filter((id) => id !== next);
  const promote = next !== null && !previous.includes(next);
  if (stale.length) await tx.update(bankAccounts).set({ isDefault: false }).where(and(scope, inArray(bankAccounts.id, stale)));
  if (promote) await tx.update(bankAccounts).set({ isDefault: true }).where(and(scope, eq(bankAccounts.id, next)));
  if (stale.length || promote) {
    await writeAudit(tx, ctx, {
      action: "bank_account.default_changed",
      entityType: "legal_entity",
      entityId: legalEntityId,
      before: { defaultAccountIds: previous },
      after: { defaultAccountId: next },
    });
  }
  return next;
}
