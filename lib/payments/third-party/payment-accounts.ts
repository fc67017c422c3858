import { and, asc, eq, ilike, inArray, isNull, or, type SQL } from "drizzle-orm";
import { buildings, personalAccounts, premises, type PremiseType } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { formatPremiseAddress } from "@/lib/registry/premise-address";

/** An open account a third-party payment may be booked to, as the preview and the API show it. */
export type PaymentAccount = { id: string; number: string; els: string | null; buildingId: string; address: string };

type Row = { id: string; number: string; els: string | null; buildingId: string; buildingAddress: string; type: PremiseType; premiseNumber: string };
const shape = (r: Row): PaymentAccount => ({ id: r.id, number: r.number, els: r.els, buildingId: r.buildingId, address: formatPremiseAddress(r.buildingAddress, { type: r.type, number: r.premiseNumber }) });

/**
 * The organisation's open accounts in the caller's buildings, by id, number or ЕЛС: another organisation's account
 * (or one outside the employee's buildings) is simply not there.
 */
export async function loadPaymentAccounts(ctx: Pick<StaffContext, "db" | "orgId" | "buildingIds">, by: { ids?: string[]; numbers?: string[] }): Promise<PaymentAccount[]> {
  const ids = by.ids ?? [];
  const numbers = by.numbers ?? [];
  if (!ids.length && !numbers.length) return [];
  const which: SQL[] = [];
  if (ids.length) which.push(inArray(personalAccounts.id, ids));
  if (numbers.length) which.push(inArray(personalAccounts.number, numbers), inArray(personalAccounts.els, numbers));
  const rows = await ctx.db
    .select({ id: personalAccounts.id, number: personalAccounts.number, els: personalAccounts.els, buildingId: premises.buildingId, buildingAddress: buildings.address, type: premises.type, premiseNumber: premises.number })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(and(eq(personalAccounts.orgId, ctx.orgId), isNull(personalAccounts.archivedAt), or(...which), buildingScope(ctx, premises.buildingId)));
  return rows.map(shape);
}

/** The account picker of a statement's unmatched line: open accounts whose number or ЕЛС starts with the text. */
export async function searchPaymentAccounts(ctx: StaffContext, { text }: { text: string }): Promise<PaymentAccount[]> {
  assertPermission(ctx, "finance.payments.edit");
  const prefix = `${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await ctx.db
    .select({ id: personalAccounts.id, number: personalAccounts.number, els: personalAccounts.els, buildingId: premises.buildingId, buildingAddress: buildings.address, type: premises.type, premiseNumber: premises.number })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(and(eq(personalAccounts.orgId, ctx.orgId), isNull(personalAccounts.archivedAt), or(ilike(personalAccounts.number, prefix), ilike(personalAccounts.els, prefix)), buildingScope(ctx, premises.buildingId)))
    .orderBy(asc(personalAccounts.number))
    .limit(10);
  return rows.map(shape);
}
