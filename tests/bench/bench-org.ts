import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { legalEntities } from "@/db/schema";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";

export const STREETS = ["ул. Ленина", "ул. Садовая", "пр-т Мира", "ул. Гагарина", "ул. Пушкина", "ул. Лесная", "ул. Школьная", "ул. Новая", "ул. Советская", "ул. Молодёжная"];

export type BenchOrg = OrgFixture & { buildings: { id: string; address: string; street: string; house: string }[]; inn: string };

/** An organisation with `count` buildings spread over ten streets, and one legal entity. */
export async function benchOrg(db: Db, count: number): Promise<BenchOrg> {
  const org = await createOrg(db, "Бенчмарк");
  const inn = "7736207543";
  await db.insert(legalEntities).values({ orgId: org.orgId, name: "ООО «Бенчмарк»", inn });
  const buildings = [];
  for (let i = 0; i < count; i++) {
    const street = STREETS[i % STREETS.length] ?? "ул. Ленина";
    const house = String(Math.floor(i / STREETS.length) + 1);
    const b = await createBuilding(org.director, buildingSchema.parse({ city: "Москва", street, house }));
    buildings.push({ id: b.id, address: b.address, street, house });
  }
  return { ...org, buildings, inn };
}

/** `flats` flats in every building of the organisation, each with one personal account, in two set-based statements. */
export async function insertFlats(db: Db, orgId: string, flats: number): Promise<void> {
  await db.execute(sql`
    insert into premises (org_id, building_id, type, number, entrance, floor, total_area, search_text)
    select b.org_id, b.id, 'flat', n::text, ((n - 1) / 100 + 1)::text, ((n - 1) % 25 + 1)::text, 30 + n % 70, lower(b.address || ', кв. ' || n)
    from buildings b cross join generate_series(1, ${flats}) n where b.org_id = ${orgId}`);
  await db.execute(sql`
    insert into personal_accounts (org_id, premise_id, number)
    select org_id, id, (1000000 + row_number() over (order by id))::text from premises where org_id = ${orgId}`);
}
