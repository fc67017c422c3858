import type { Db } from "@/db/client";
import { bankAccounts, legalEntities } from "@/db/schema";
import { buildingSchema } from "@/lib/org/building-schema";
import { saveDirectoryEntry } from "@/lib/org/building-directories";
import { createBuilding } from "@/lib/org/create-building";
import { addEmployee, type OrgFixture } from "./fixtures";

/** One of everything an organisation owns, so cross-tenant tests have real ids of another organisation to aim at. */
export async function seedTenantData(db: Db, org: OrgFixture, label: string) {
  const ctx = org.director;
  const group = await saveDirectoryEntry(ctx, { kind: "group", name: `Группа ${label}` });
  const quarter = await saveDirectoryEntry(ctx, { kind: "quarter", name: `Квартал ${label}` });
  const [legalEntity] = await db
    .insert(legalEntities)
    .values({ orgId: org.orgId, name: `ООО ${label}`, inn: "7707083893", kpp: "773601001" })
    .returning();
  const [bankAccount] = await db
    .insert(bankAccounts)
    .values({
      orgId: org.orgId,
      legalEntityId: legalEntity!.id,
      bankName: "ПАО СБЕРБАНК",
      bik: "044525225",
      settlementAccount: "40703810500000000001",
      correspondentAccount: "30101810400000000225",
    })
    .returning();
  const building = await createBuilding(
    ctx,
    buildingSchema.parse({ city: "Москва", street: `ул. ${label}ская`, house: "1", groupId: group.id, quarterId: quarter.id, legalEntityId: legalEntity!.id }),
  );
  const employee = await addEmployee(db, org, { email: `staff-${org.orgId.slice(0, 8)}@test.local`, preset: "dispatcher" });
  return { group, quarter, legalEntity: legalEntity!, bankAccount: bankAccount!, building, employee };
}
export type TenantData = Awaited<ReturnType<typeof seedTenantData>>;
