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
