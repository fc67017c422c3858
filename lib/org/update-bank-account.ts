import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { bankAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { assertAccountUnique, lockLegalEntity, settleDefaultAccount } from "./bank-account-guards";
import type { bankAccountUpdateSchema } from "./bank-account-schema";
import { bankAccountNotFound } from "./legal-entity-errors";

/**
 * Unticking «основной» on the only default does nothing by itself: an entity always keeps one default, and it
 * changes when another account is made the default.
 */
export async function updateBankAccount(ctx: StaffContext, { id, isDefault, ...data }: z.output<typeof bankAccountUpdateSchema>) {
  assertPermission(ctx, "settings.manage");
  const own = and(eq(bankAccounts.id, id), eq(bankAccounts.orgId, ctx.orgId));
  const [found] = await ctx.db.select({ legalEntityId: bankAccounts.legalEntityId }).from(bankAccounts).where(own);
  if (!found) throw bankAccountNotFound();
  return ctx.db.transaction(async (tx) => {
    await lockLegalEntity(tx, ctx, found.legalEntityId);
    const [before] = await tx.select().from(bankAccounts).where(own);
    if (!before) throw bankAccountNotFound();
    if (isDefault && before.archivedAt) throw new AppError("CONFLICT", "Счёт в архиве не может быть основным");
    await assertAccountUnique(tx, ctx, { ...data, legalEntityId: before.legalEntityId, exceptId: id });
    const [after] = await tx.update(bankAccounts).set(data).where(own).returning();
    await writeAudit(tx, ctx, { action: "bank_account.updated", entityType: "bank_account", entityId: id, before, after });
    const defaultId = await settleDefaultAccount(tx, ctx, before.legalEntityId, isDefault ? id : undefined);
    return { ...(after ?? before), isDefault: defaultId === id };
  });
}
