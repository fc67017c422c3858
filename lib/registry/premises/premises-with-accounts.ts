import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { personalAccounts } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { listPremises } from "./list-premises";

export type PremiseWithAccounts = { id: string; buildingId: string; address: string; clients: string | null; accounts: { value: string; label: string }[] };

/**
 * A premise picker's search («Добавить прибор», «Новый счёт»): premises found the way the premises list finds them,
 * in one building when given, each with its open accounts to choose from.
 */
export async function premisesWithAccounts(ctx: StaffContext, text: string, buildingId?: string): Promise<PremiseWithAccounts[]> {
  const { rows } = await listPremises(ctx, { page: 1, size: 10, dir: "asc", q: text }, { buildingId });
  if (!rows.length) return [];
  const accounts = await ctx.db
    .select({ value: personalAccounts.id, label: personalAccounts.number, premiseId: personalAccounts.premiseId })
    .from(personalAccounts)
    .where(and(eq(personalAccounts.orgId, ctx.orgId), inArray(personalAccounts.premiseId, rows.map((r) => r.id)), isNull(personalAccounts.archivedAt)))
    .orderBy(asc(personalAccounts.number));
  return rows.map((r) => ({
    id: r.id,
    buildingId: r.buildingId,
    address: formatPremiseAddress(r.buildingAddress, r),
    clients: r.clients,
    accounts: accounts.filter((a) => a.premiseId === r.id).map(({ value, label }) => ({ value, label })),
  }));
}
