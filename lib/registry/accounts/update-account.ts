import { and, eq } from "drizzle-orm";
import { personalAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { accountNotFound, accountSaveError, assertLegalEntity } from "./account-errors";
import type { AccountUpdateData } from "./account-schema";
import { findAccountForUpdate } from "./find-account";

export async function updateAccount(ctx: StaffContext, { id, ...data }: AccountUpdateData) {
  assertPermission(ctx, "registry.accounts.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      const { account: before } = await findAccountForUpdate(tx, ctx, id);
      if (before.archivedAt) throw new AppError("CONFLICT", "Лицевой счёт в архиве: сначала верните его из архива");
      await assertLegalEntity(tx, ctx.orgId, data.legalEntityId);
      const [after] = await tx
        .update(personalAccounts)
        .set(data)
        .where(and(eq(personalAccounts.id, id), eq(personalAccounts.orgId, ctx.orgId)))
        .returning();
      if (!after) throw accountNotFound();
      await writeAudit(tx, ctx, { action: "personal_account.updated", entityType: "personal_account", entityId: id, before, after });
      if (before.number !== after.number) {
        await recordActivity(tx, {
          orgId: ctx.orgId,
          premiseId: after.premiseId,
          type: "registry",
          subject: `Лицевой счёт № ${before.number} теперь № ${after.number}`,
        });
      }
      return after;
    });
  } catch (error) {
    throw accountSaveError(error, data.number);
  }
}
