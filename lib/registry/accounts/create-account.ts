import { personalAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { accountSaveError, assertLegalEntity } from "./account-errors";
import type { AccountData } from "./account-schema";

export async function createAccount(ctx: StaffContext, data: AccountData) {
  assertPermission(ctx, "registry.accounts.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      await findPremise(tx, ctx, data.premiseId, { active: true });
      await assertLegalEntity(tx, ctx.orgId, data.legalEntityId);
      const [row] = await tx.insert(personalAccounts).values({ ...data, orgId: ctx.orgId }).returning();
      if (!row) throw new Error("personal account insert returned no row");
      await writeAudit(tx, ctx, { action: "personal_account.created", entityType: "personal_account", entityId: row.id, after: row });
      await recordActivity(tx, { orgId: ctx.orgId, premiseId: data.premiseId, type: "registry", subject: `Добавлен лицевой счёт № ${row.number}` });
      return row;
    });
  } catch (error) {
    throw accountSaveError(error, data.number);
  }
}
