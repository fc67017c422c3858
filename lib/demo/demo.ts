import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, employeeBuildings, employees, legalEntities, organisations, roles } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { systemContext } from "@/lib/core/context";
import { saveDirectoryEntry } from "@/lib/org/building-directories";
import { createBuilding } from "@/lib/org/create-building";
import { registerOrganisation, registerOrganisationSchema } from "@/lib/org/register-organisation";
import { buildingSchema } from "@/lib/org/building-schema";
import { DEMO_ORG_INN, DEMO_PASSWORD } from "./demo-logins";
import { seedDemoBilling } from "./demo-billing";
import { seedDemoMeters } from "./demo-meters";
import { seedDemoPayments } from "./demo-payments";
import { seedDemoRegistry } from "./demo-registry";
import { analyzeTables, meterTables, registryTables } from "@/db/analyze";

/** A filled passport on one demo building, so the building card shows what the fields hold. */
const lenina5Passport = {
  yearBuilt: "1978",
  floors: "9",
  entrances: "4",
  totalArea: "9 850,4",
  livingArea: "7 420,1",
  nonResidentialArea: "310,5",
  cadastralNumber: "77:01:0001001:1234",
  fiasCode: "0c5b2444-70a0-4932-980c-b4dc0d3f02b5",
  managementStartDate: "2015-04-01",
};

const plan = ({ id, address, legalEntityId }: { id: string; address: string; legalEntityId: string | null }) => ({ id, address, legalEntityId });

async function roleId(db: Db, orgId: string, preset: string): Promise<string> {
  const [role] = await db.select({ id: roles.id }).from(roles).where(and(eq(roles.orgId, orgId), eq(roles.preset, preset)));
  if (!role) throw new Error(`preset role ${preset} missing`);
  return role.id;
}

/**
 * The demo organisation «УК Демо»: two legal entities, three buildings in two groups, ~300 premises with owners,
 * families, tenants and accounts, meters with a year of readings, staff with known passwords and one demo resident (DEMO_RESIDENT_PHONE).
 */
export async function seedDemo(db: Db): Promise<string> {
  const { orgId } = await registerOrganisation(db, registerOrganisationSchema.parse({
    name: "УК Демо",
    inn: DEMO_ORG_INN,
    region: "Москва",
    lastName: "Админов",
    firstName: "Алексей",
    email: "admin@demo.local",
    phone: "+7 900 000-00-01",
    consent: true,
  }), { password: DEMO_PASSWORD });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.update(organisations).set({ address: "г. Москва, ул. Тверская, д. 1", phone: "+74951234567", receptionHours: "Пн–Чт 9:00–18:00, Пт 9:00–17:00, обед 13:00–14:00", meterReminderDay: 20 }).where(eq(organisations.id, orgId));

  const [uk, tsj] = await db
    .insert(legalEntities)
    .values([
      { orgId, name: "ООО «УК Демо»", inn: DEMO_ORG_INN, kpp: "770101001", ogrn: "1027700132195", address: "г. Москва, ул. Тверская, д. 1" },
      { orgId, name: "ТСЖ «Солнечный»", inn: "7707083893", kpp: "773601001", address: "г. Москва, ул. Солнечная, д. 3" },
    ])
    .returning();
  await db.insert(bankAccounts).values([
    { orgId, legalEntityId: uk!.id, bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225", isDefault: true },
    { orgId, legalEntityId: tsj!.id, bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40702810938000000001", correspondentAccount: "30101810400000000225", isDefault: true },
  ]);

  const ctx = systemContext(db, orgId, "Демо-данные");
  const north = await saveDirectoryEntry(ctx, { kind: "group", name: "Северный район" });
  const south = await saveDirectoryEntry(ctx, { kind: "group", name: "Южный район" });
  const quarter = await saveDirectoryEntry(ctx, { kind: "quarter", name: "Квартал 1" });
  const base = { city: "Москва", region: "Москва", legalEntityId: uk!.id };
  const lenina = await createBuilding(ctx, buildingSchema.parse({ ...base, street: "ул. Ленина", house: "5", groupId: north.id, quarterId: quarter.id, postalCode: "125009", ...lenina5Passport }));
  const lenina7 = await createBuilding(ctx, buildingSchema.parse({ ...base, street: "ул. Ленина", house: "7", block: "2", groupId: north.id, quarterId: quarter.id }));
  const solnechnaya = await createBuilding(ctx, buildingSchema.parse({ ...base, street: "ул. Солнечная", house: "3", groupId: south.id, legalEntityId: tsj!.id }));
  await seedDemoRegistry(db, orgId, [
    { ...plan(lenina), entrances: 4, floors: 9, flatsPerFloor: 4, parking: 10, storerooms: 5 },
    { ...plan(lenina7), entrances: 2, floors: 12, flatsPerFloor: 4, parking: 0, storerooms: 5 },
    { ...plan(solnechnaya), entrances: 2, floors: 5, flatsPerFloor: 4, parking: 6, storerooms: 0 },
  ]);
  await seedDemoMeters(db, orgId, [lenina.id, lenina7.id, solnechnaya.id], "Europe/Moscow");
  await seedDemoBilling(db, orgId, [lenina.id, lenina7.id, solnechnaya.id], "Europe/Moscow");
  await seedDemoPayments(db, orgId);

  const staff = [
    { email: "dispatcher@demo.local", preset: "dispatcher", lastName: "Диспетчерова", firstName: "Дарья", position: "Старший диспетчер", onlyBuilding: lenina.id },
    { email: "accountant@demo.local", preset: "accountant", lastName: "Бухова", firstName: "Белла", position: "Главный бухгалтер", onlyBuilding: null },
    { email: "inspector@demo.local", preset: "meter_inspector", lastName: "Обходов", firstName: "Иван", position: "Инспектор ИПУ", onlyBuilding: null },
  ];
  for (const s of staff) {
    const [row] = await db
      .insert(employees)
      .values({
        orgId,
        roleId: await roleId(db, orgId, s.preset),
        email: s.email,
        passwordHash,
        lastName: s.lastName,
        firstName: s.firstName,
        position: s.position,
        allBuildings: s.onlyBuilding === null,
      })
      .returning({ id: employees.id });
    if (s.onlyBuilding) await db.insert(employeeBuildings).values({ employeeId: row!.id, buildingId: s.onlyBuilding, orgId });
  }
  await analyzeTables(db, [...registryTables, ...meterTables]);
  return orgId;
}

export async function seedDemoIfEmpty(db: Db): Promise<void> {
  const [row] = await db.select({ n: count() }).from(organisations);
  if ((row?.n ?? 0) === 0) await seedDemo(db);
}
