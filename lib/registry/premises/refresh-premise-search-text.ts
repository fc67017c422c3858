import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { premises } from "@/db/schema";
import { premiseSearchText } from "./premise-search-text";

/** Rewrites the search text of a building's premises after its address changed. */
export async function refreshPremiseSearchText(db: Db, orgId: string, buildingId: string, buildingAddress: string): Promise<void> {
  const rows = await db
    .select({ id: premises.id, type: premises.type, number: premises.number })
    .from(premises)
    .where(and(eq(premises.orgId, orgId), eq(premises.buildingId, buildingId)));
  for (const row of rows) {
    await db.update(premises).set({ searchText: premiseSearchText(buildingAddress, row) }).where(eq(premises.id, row.id));
  }
}
