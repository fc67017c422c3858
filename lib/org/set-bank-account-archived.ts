import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { bankAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertAccountUnique, lockLegalEntity, settleDefaultAccount } from "./bank-account-guards";
import { bankAccountNotFound } from "./legal-entity-errors";
import type { setArchivedSchema } from "./legal-entity-schema";

/** Archiving the default account hands the default to another active account of the same legal entity. */
export async function setBankAccountArchived(ctx: StaffContext, { id, archived }: z.output<typeof setArchivedSchema>) {
  assertPermission(ctx, "settings.manage");
  const own = and(eq(bankAccounts.id, id), eq(bankAccounts.orgId, ctx.orgId));
  const [found] = await ctx.db.select({ legalEntityId: bankAccounts.legalEntityId }).from(bankAccounts).where(own);
  if (!found) throw bankAccountNotFound();
  return ctx.db.transaction(async (tx) => {
    await lockLegalEntity(tx, ctx, found.legalEntityId);
    const [before] = await tx.select().from(bankAccounts).where(own);
    if (!before) throw bankAccountNotFound();
    if (!archived) await assertAccountUnique(tx, ctx, { ...before, exceptId: id });
    const [after] = await tx.update(bankAccounts).set({ archivedAt: archived ? new Date() : null }).where(own).returning();
    await writeAudit(tx, ctx, {
      action: archived ? "bank_account.archived" : "bank_account.restored",
      entityType: "bank_account",
      entityId: id,
      before: { archivedAt: before.archivedAt },
      after: { archivedAt: after?.archivedAt ?? null },
    });
    await settleDefaultAccount(tx, ctx, before.legalEntityId);
  });
}
