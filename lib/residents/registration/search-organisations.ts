import { and, asc, eq, exists, ilike, isNull, like, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings, organisations } from "@/db/schema";
import { containsPattern } from "@/lib/table/list-params";

export type OrganisationOption = { id: string; name: string; inn: string; place: string };

const LIMIT = 10;

/**
 * The public organisation picker of the registration form. Names repeat («ООО "Жилищник"»), so each result carries
 * its ИНН and city (seed 003 §3). Nothing else of the organisation leaves the server, and there is no listing
 * without a query: the list of our clients is not published.
 */
export async function searchOrganisations(db: Db, q: string): Promise<OrganisationOption[]> {
  const pattern = containsPattern(q);
  const inCity = db
    .select({ one: sql`1` })
    .from(buildings)
    .where(and(eq(buildings.orgId, organisations.id), isNull(buildings.archivedAt), ilike(buildings.city, pattern)));
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      inn: organisations.inn,
      region: organisations.region,
      cities: sql<string[]>`array(select distinct b.city from ${buildings} b where b.org_id = ${organisations.id} and b.archived_at is null order by 1 limit 3)`,
    })
    .from(organisations)
    .where(
      or(
        ilike(organisations.name, pattern),
        /^\d+$/.test(q) ? like(organisations.inn, `${q}%`) : undefined,
        ilike(organisations.region, pattern),
        exists(inCity),
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(LIMIT);
  return rows.map(({ region, cities, ...org }) => ({ ...org, place: cities.length ? cities.join(", ") : region }));
}
