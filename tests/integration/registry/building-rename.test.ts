import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { premises } from "@/db/schema";
import { buildingUpdateSchema } from "@/lib/org/building-schema";
import { updateBuilding } from "@/lib/org/update-building";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeBuilding, makePremise } from "./premise-helpers";

let t: TestDb;
let org: OrgFixture;
beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Переименование");
});
afterAll(() => t.close());

describe("a building whose address is corrected", () => {
  it("keeps its premises findable under the new address", async () => {
    const building = await makeBuilding(org, "ул. Ленна", "5");
    const premise = await makePremise(org.director, building.id, { number: "12" });
    await updateBuilding(org.director, buildingUpdateSchema.parse({ id: building.id, city: "Казань", street: "ул. Ленина", house: "5" }));
    const [row] = await t.db.select({ searchText: premises.searchText }).from(premises).where(eq(premises.id, premise.id));
    expect(row!.searchText).toContain("ленина");
    expect(row!.searchText).not.toContain("ленна");
  });
});
