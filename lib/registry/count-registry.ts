import { and, count, eq, isNull } from "drizzle-orm";
import { buildings, clients, personalAccounts, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { clientScope } from "./clients/client-scope";

/** Active records the employee can see; null for a kind their role may not open (the home page omits it). */
export type RegistryCounts = { buildings: number; premises: number | null; accounts: number | null; clients: number | null };

/** What an employee's home page counts: their buildings and the registry inside them. */
export async function countRegistry(ctx: StaffContext): Promise<RegistryCounts> {
  const { db, orgId } = ctx;
  const n = async (query: PromiseLike<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const seesPremises = ctx.permissions.has("registry.premises.view");
  const activePremises = and(eq(premises.orgId, orgId), isNull(premises.archivedAt), buildingScope(ctx, premises.buildingId));
  const [buildingCount, premiseCount, accountCount, clientCount] = await Promise.all([
    n(db.select({ n: count() }).from(buildings).where(and(eq(buildings.orgId, orgId), isNull(buildings.archivedAt), buildingScope(ctx, buildings.id)))),
    seesPremises ? n(db.select({ n: count() }).from(premises).where(activePremises)) : null,
    seesPremises
      ? n(
          db
            .select({ n: count() })
            .from(personalAccounts)
            .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
            .where(and(eq(personalAccounts.orgId, orgId), isNull(personalAccounts.archivedAt), activePremises)),
        )
      : null,
    ctx.permissions.has("registry.clients.view")
      ? n(db.select({ n: count() }).from(clients).where(and(eq(clients.orgId, orgId), isNull(clients.archivedAt), clientScope(ctx, db))))
      : null,
  ]);
  return { buildings: buildingCount, premises: premiseCount, accounts: accountCount, clients: clientCount };
}
