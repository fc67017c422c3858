import { and, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import { personalAccounts, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { recordActivity } from "@/lib/registry/activity/record-activity";
import { findPremise } from "./find-premise";
import type { premiseIdSchema } from "./premise-schema";
import { premiseSaveError } from "./premise-save-error";

/**
 * Brings a premise back from the archive together with the accounts its archiving took (same archive time).
 * Client links are not restored: staff link the clients again, since residents may have changed meanwhile.
 */
export async function restorePremise(ctx: StaffContext, { id }: z.output<typeof premiseIdSchema>) {
  assertPermission(ctx, "registry.premises.edit");
  let premise: Awaited<ReturnType<typeof findPremise>> | undefined;
  try {
    return await ctx.db.transaction(async (tx) => {
      premise = await findPremise(tx, ctx, id, { lock: true });
      const archivedAt = premise.archivedAt;
      if (!archivedAt) throw new AppError("CONFLICT", "Помещение не в архиве");
      const cascaded = and(eq(personalAccounts.orgId, ctx.orgId), eq(personalAccounts.premiseId, id), eq(personalAccounts.archivedAt, archivedAt));
      const numbers = (await tx.select({ number: personalAccounts.number }).from(personalAccounts).where(cascaded)).map((a) => a.number);
      const taken = numbers.length
        ? await tx
            .select({ number: personalAccounts.number })
            .from(personalAccounts)
            .where(and(eq(personalAccounts.orgId, ctx.orgId), inArray(personalAccounts.number, numbers), isNull(personalAccounts.archivedAt)))
        : [];
      if (taken.length) {
        throw new AppError("CONFLICT", `Нельзя вернуть помещение: лицевой счёт № ${taken.map((t) => t.number).join(", ")} уже есть у другого помещения`);
      }
      await tx.update(premises).set({ archivedAt: null }).where(and(eq(premises.id, id), eq(premises.orgId, ctx.orgId)));
      const accounts = await tx.update(personalAccounts).set({ archivedAt: null }).where(cascaded).returning({ id: personalAccounts.id, number: personalAccounts.number });

      await writeAudit(tx, ctx, { action: "premise.restored", entityType: "premise", entityId: id, before: { archivedAt }, after: { archivedAt: null, accounts } });
      for (const account of accounts) {
        await writeAudit(tx, ctx, { action: "personal_account.restored", entityType: "personal_account", entityId: account.id, before: { archivedAt }, after: { archivedAt: null, cause: "premise.restored" } });
      }
      await recordActivity(tx, { orgId: ctx.orgId, premiseId: id, type: "registry", subject: "Помещение возвращено из архива" });
      return { accounts: accounts.length };
    });
  } catch (error) {
    throw premise ? premiseSaveError(error, premise) : error;
  }
}
