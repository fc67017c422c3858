import type { z } from "zod";
import { bankAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { assertAccountUnique, lockLegalEntity, settleDefaultAccount } from "./bank-account-guards";
import type { bankAccountCreateSchema } from "./bank-account-schema";
import { quoted } from "@/lib/core/russian-text";

/** The first account of a legal entity becomes its default whatever the form said. */
export async function createBankAccount(ctx: StaffContext, { isDefault, ...data }: z.output<typeof bankAccountCreateSchema>) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    const entity = await lockLegalEntity(tx, ctx, data.legalEntityId);
    if (entity.archivedAt) throw new AppError("CONFLICT", `${quoted(entity.name)} в архиве; верните его из архива, чтобы добавить счёт`);
    await assertAccountUnique(tx, ctx, data);
    const [row] = await tx.insert(bankAccounts).values({ ...data, orgId: ctx.orgId }).returning();
    if (!row) throw new Error("bank account insert returned no row");
    await writeAudit(tx, ctx, { action: "bank_account.created", entityType: "bank_account", entityId: row.id, after: row });
    const defaultId = await settleDefaultAccount(tx, ctx, entity.id, isDefault ? row.id : undefined);
    return { ...row, isDefault: defaultId === row.id };
  });
}
