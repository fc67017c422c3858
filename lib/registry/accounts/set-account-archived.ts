import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { personalAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { accountNotFound, accountSaveError } from "./account-errors";
import type { setAccountArchivedSchema } from "./account-schema";
import { findAccountForUpdate } from "./find-account";

/**
 * «Удаление» of an account (seed 002 §7): the account is archived and its accruals, invoices and readings are
 * hidden with it. Its ledger rows stay untouched, so a restore brings the balance back exactly.
 */
export async function setAccountArchived(ctx: StaffContext, { id, archived }: z.output<typeof setAccountArchivedSchema>) {
  assertPermission(ctx, "registry.accounts.edit");
  let number = "";
  try {
    return await ctx.db.transaction(async (tx) => {
      const { account, premiseArchivedAt } = await findAccountForUpdate(tx, ctx, id);
      number = account.number;
      if (archived === (account.archivedAt !== null)) return account;
      if (!archived && premiseArchivedAt) throw new AppError("CONFLICT", "Помещение счёта в архиве: сначала верните помещение");
      const [after] = await tx
        .update(personalAccounts)
        .set({ archivedAt: archived ? new Date() : null })
        .where(and(eq(personalAccounts.id, id), eq(personalAccounts.orgId, ctx.orgId)))
        .returning();
      if (!after) throw accountNotFound();
      await writeAudit(tx, ctx, {
        action: archived ? "personal_account.archived" : "personal_account.restored",
        entityType: "personal_account",
        entityId: id,
        before: { archivedAt: account.archivedAt },
        after: { archivedAt: after.archivedAt },
      });
      await recordActivity(tx, {
        orgId: ctx.orgId,
        premiseId: after.premiseId,
        type: "registry",
        subject: archived ? `Лицевой счёт № ${after.number} перенесён в архив` : `Лицевой счёт № ${after.number} возвращён из архива`,
      });
      return after;
    });
  } catch (error) {
    throw accountSaveError(error, number);
  }
}
