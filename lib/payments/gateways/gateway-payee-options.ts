import { and, asc, eq, isNull } from "drizzle-orm";
import { bankAccounts, legalEntities } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";

export type PayeeOption = { id: string; name: string; bankAccounts: { id: string; label: string }[] };

/** The legal entities a gateway can be set up for, each with its bank accounts, for the gateway form. */
export async function gatewayPayeeOptions(ctx: StaffContext): Promise<PayeeOption[]> {
  assertPermission(ctx, "settings.integrations");
  const rows = await ctx.db
    .select({ id: legalEntities.id, name: legalEntities.name, accountId: bankAccounts.id, bank: bankAccounts.bankName, account: bankAccounts.settlementAccount })
    .from(legalEntities)
    .leftJoin(bankAccounts, and(eq(bankAccounts.legalEntityId, legalEntities.id), isNull(bankAccounts.archivedAt)))
    .where(and(eq(legalEntities.orgId, ctx.orgId), isNull(legalEntities.archivedAt)))
    .orderBy(asc(legalEntities.name), asc(bankAccounts.bankName));
  const byEntity = new Map<string, PayeeOption>();
  for (const r of rows) {
    const option = byEntity.get(r.id) ?? { id: r.id, name: r.name, bankAccounts: [] };
    if (r.accountId && r.bank && r.account) option.bankAccounts.push({ id: r.accountId, label: `${r.bank}, р/с ${r.account}` });
    byEntity.set(r.id, option);
  }
  return [...byEntity.values()];
}
