import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients } from "@/db/schema";
import { profileFormValues } from "@/app/(crm)/crm/settings/company/profile-form-values";
import { getOrganisationProfile } from "@/lib/org/get-organisation-profile";
import { organisationProfileSchema } from "@/lib/org/organisation-profile-schema";
import { updateOrganisationProfile } from "@/lib/org/update-organisation-profile";
import { listMyOrganisations } from "@/lib/residents/organisations/list-my-organisations";
import type { OrgFixture } from "@/tests/support/fixtures";
import { addClient, nextTestPhone, orgWithBuilding, residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture & { buildingId: string };
let b: OrgFixture & { buildingId: string };

beforeAll(async () => {
  t = await createTestDb();
  a = await orgWithBuilding(t.db, "Альфа");
  b = await orgWithBuilding(t.db, "Бета");
});
afterAll(() => t?.close());

describe("the organisation's contacts in the resident cabinet", () => {
  it("shows what the company profile says, reception hours included", async () => {
    const profile = profileFormValues(await getOrganisationProfile(a.director));
    await updateOrganisationProfile(
      a.director,
      organisationProfileSchema.parse({ ...profile, address: "г. Москва, ул. Тверская, д. 1", phone: "8 495 123-45-67", receptionHours: "Пн–Пт 9:00–18:00" }),
    );
    const phone = nextTestPhone();
    await addClient(t.db, a.orgId, { lastName: "Жильцов", phone });
    const [org] = await listMyOrganisations(await residentContext(t.db, phone));
    expect(org).toMatchObject({ address: "г. Москва, ул. Тверская, д. 1", phone: "+74951234567", receptionHours: "Пн–Пт 9:00–18:00" });
  });

  it("lists only the organisations the resident is a client of, leaving out one that blocked them", async () => {
    const phone = nextTestPhone();
    await addClient(t.db, a.orgId, { lastName: "Двойнов", phone });
    const inB = await addClient(t.db, b.orgId, { lastName: "Двойнов", phone });
    const names = async () => (await listMyOrganisations(await residentContext(t.db, phone))).map((o) => o.id);
    expect((await names()).sort()).toEqual([a.orgId, b.orgId].sort());
    await t.db.update(clients).set({ blockedAt: new Date() }).where(eq(clients.id, inB.id));
    expect(await names()).toEqual([a.orgId]);
  });
});
