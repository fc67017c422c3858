import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, exchangeLog, legalEntities, meterReadings } from "@/db/schema";
import { createRole } from "@/lib/access/create-role";
import { roleSchema } from "@/lib/access/role-schema";
import { buildingSchema } from "@/lib/org/building-schema";
import { saveDirectoryEntry } from "@/lib/org/building-directories";
import { createBuilding } from "@/lib/org/create-building";
import { addEmployee, type OrgFixture } from "./fixtures";
import { seedClientApiData } from "./client-api-fixtures";
import { seedResidentData } from "./resident-fixtures";
import { makeMeter, pastReadings } from "./meter-fixtures";
import { makeInvoice, makeTariff } from "./billing-fixtures";
import { seedPremiseData } from "./premise-fixtures";

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
  // A custom role nobody holds: deletable, so a missing organisation check would show.
  const role = await createRole(ctx, roleSchema.parse({ name: `Роль ${label}`, permissions: ["requests.view"], notifications: [] }));
  const residents = await seedResidentData(db, org, building.id);
  const clientApi = await seedClientApiData(db, org, label, building.id);
  // Premises card (R1): a document of the residents' premise.
  const premiseCard = await seedPremiseData(org, label, residents.premise.id);
  // Imports (R3): one logged run, so the import log's export has something of each organisation to leak.
  const [importRun] = await db.insert(exchangeLog).values({ orgId: org.orgId, kind: "registry_xlsx", status: "ok", fileName: `реестр-${label}.xlsx`, actorName: "Тест" }).returning();
  // Meters (#9): the residents' flat's meter with one reading, and a common-house meter of the building.
  const meter = await makeMeter(ctx, { premiseId: residents.premise.id }, { accountId: residents.account.id, serialNumber: `ИПУ-${label}` });
  const buildingMeter = await makeMeter(ctx, { buildingId: building.id }, { resource: "heating", serialNumber: `ОДПУ-${label}` });
  await pastReadings(db, org.orgId, meter.id, { "2025-06": "12,5" });
  const [reading] = await db.select().from(meterReadings).where(and(eq(meterReadings.meterId, meter.id), eq(meterReadings.kind, "regular")));
  // Billing (#10): a tariff of the building, a draft and an issued invoice of the residents' account.
  const tariff = await makeTariff(db, org.orgId, { legalEntityId: legalEntity!.id, bankAccountId: bankAccount!.id }, { buildingId: building.id, name: `Содержание ${label}` });
  const invoiceOf = { buildingId: building.id, premiseId: residents.premise.id, accountId: residents.account.id };
  const draftInvoice = await makeInvoice(db, org.orgId, { ...invoiceOf, period: "2026-04" }, [{ tariffId: tariff.id }]);
  const issuedInvoice = await makeInvoice(db, org.orgId, { ...invoiceOf, period: "2026-03", status: "issued" }, [{ tariffId: tariff.id }]);
  return { group, quarter, legalEntity: legalEntity!, bankAccount: bankAccount!, building, employee, role, residents, clientApi, premiseCard, importRun: importRun!, meter, buildingMeter, reading: reading!, tariff, draftInvoice, issuedInvoice };
}
export type TenantData = Awaited<ReturnType<typeof seedTenantData>>;
