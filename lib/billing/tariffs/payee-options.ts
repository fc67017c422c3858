import { and, asc, eq, isNull } from "drizzle-orm";
import { bankAccounts, legalEntities } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

/** The dialog's «Юрлицо» and «Расчётный счёт» choices: active entities, each with its own active accounts. */
export async function tariffPayeeOptions(ctx: StaffContext) {
  const rows = await ctx.db
    .select({ entityId: legalEntities.id, entity: legalEntities.name, accountId: bankAccounts.id, account: bankAccounts.settlementAccount, bank: bankAccounts.bankName })
    .from(legalEntities)
    .leftJoin(bankAccounts, and(eq(bankAccounts.legalEntityId, legalEntities.id), isNull(bankAccounts.archivedAt)))
    .where(and(eq(legalEntities.orgId, ctx.orgId), isNull(legalEntities.archivedAt)))
    .orderBy(asc(legalEntities.name), asc(bankAccounts.createdAt));
  const entities = new Map<string, { value: string; label: string; accounts: { value: string; label: string }[] }>();
  for (const r of rows) {
    const entity = entities.get(r.entityId) ?? { value: r.entityId, label: r.entity, accounts: [] };
    if (r.accountId) entity.accounts.push({ value: r.accountId, label: `${r.account}, ${r.bank}` });
    entities.set(r.entityId, entity);
  }
  return [...entities.values()];
}

export type PayeeOption = Awaited<ReturnType<typeof tariffPayeeOptions>>[number];
