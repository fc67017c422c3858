import { asc, inArray } from "drizzle-orm";
import { organisations } from "@/db/schema";
import type { ResidentContext } from "../resident-context";

export type MyOrganisation = {
  id: string;
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  siteDomain: string | null;
  receptionHours: string | null;
  additionalInfo: string | null;
};

/**
 * How to reach the organisations that manage the resident's homes, as their company profile states it (seed 003:
 * «их увидят жители в приложении и личном кабинете»). One that has blocked the resident is left out.
 */
export async function listMyOrganisations(ctx: ResidentContext): Promise<MyOrganisation[]> {
  const orgIds = [...new Set(ctx.clients.filter((c) => !c.blocked).map((c) => c.orgId))];
  if (orgIds.length === 0) return [];
  return ctx.db
    .select({
      id: organisations.id,
      name: organisations.name,
      address: organisations.address,
      phone: organisations.phone,
      email: organisations.email,
      siteDomain: organisations.siteDomain,
      receptionHours: organisations.receptionHours,
      additionalInfo: organisations.additionalInfo,
    })
    .from(organisations)
    .where(inArray(organisations.id, orgIds))
    .orderBy(asc(organisations.name));
}
