import { randomUUID } from "node:crypto";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { clientPhoneHistory, clients, pdConsents, personalAccounts, premiseClients, premises, registrationRequests, type PremiseType } from "@/db/schema";
import { formatScaledDecimal } from "@/lib/exchange/decimal";
import { clientSearchText } from "@/lib/registry/clients/client-name";
import { premiseNumberLabel } from "@/lib/registry/premise-address";
import { RESIDENT_CONSENT_VERSION } from "@/lib/residents/registration/resident-consent-text";
import { baseSurname, demoPerson, demoRandom, type DemoPerson } from "./demo-people";
import { DEMO_RESIDENT_PHONE } from "./demo-logins";

/** How a demo building is laid out: flats numbered through the entrances, then parking spaces and storerooms. */
export type DemoBuildingPlan = {
  id: string;
  address: string;
  legalEntityId: string | null;
  entrances: number;
  floors: number;
  flatsPerFloor: number;
  parking: number;
  storerooms: number;
};

type PremiseRow = typeof premises.$inferInsert & { id: string };
type ClientRow = typeof clients.$inferInsert & DemoPerson & { id: string; phone: string };
type LinkRow = typeof premiseClients.$inferInsert;
type AccountRow = typeof personalAccounts.$inferInsert & { id: string; premiseId: string };

const DEMO_RESIDENT = { lastName: "Петров", firstName: "Сергей", middleName: "Иванович", gender: "male" as const };
/** Flat 12 and parking space 3 of the first building belong to the demo resident. */
const DEMO_FLAT = "12";
const DEMO_PARKING = "3";

/** Set-based inserts in chunks that stay under the driver's parameter limit. */
export async function insertAll<T extends PgTable>(db: Db, table: T, rows: T["$inferInsert"][], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await db.insert(table).values(rows.slice(i, i + chunk));
}

/**
 * About 300 premises across the demo buildings: flats with entrances, floors and areas, each with an owner and one
 * personal account (some with ЕЛС), some with family members and tenants; parking spaces and storerooms owned by
 * flat owners; and the demo resident, who owns a flat and a parking space.
 */
export async function seedDemoRegistry(db: Db, orgId: string, plans: readonly DemoBuildingPlan[]): Promise<void> {
  const random = demoRandom(20260101);
  const premiseRows: PremiseRow[] = [];
  const clientRows: ClientRow[] = [];
  const links: LinkRow[] = [];
  const accounts: AccountRow[] = [];
  let phoneSeq = 0;

  const addClient = (person: DemoPerson, phone?: string): ClientRow => {
    const row = {
      id: randomUUID(),
      orgId,
      type: "individual" as const,
      ...person,
      phone: phone ?? `+7916${String(1_000_000 + ++phoneSeq)}`,
    };
    const withSearch = { ...row, searchText: clientSearchText(row) };
    clientRows.push(withSearch);
    return withSearch;
  };
  const addPremise = (plan: DemoBuildingPlan, type: PremiseType, number: string, extra: Partial<PremiseRow> = {}): PremiseRow => {
    const row = { id: randomUUID(), orgId, buildingId: plan.id, type, number, searchText: `${plan.address} ${premiseNumberLabel(type, number)}`.toLowerCase(), ...extra };
    premiseRows.push(row);
    return row;
  };
  const demoResident = addClient(DEMO_RESIDENT, DEMO_RESIDENT_PHONE);

  plans.forEach((plan, b) => {
    const flatOwners: ClientRow[] = [];
    const flatsPerEntrance = plan.floors * plan.flatsPerFloor;
    for (let n = 1; n <= plan.entrances * flatsPerEntrance; n++) {
      const rooms = 1 + ((n - 1) % plan.flatsPerFloor) % 3;
      // Areas in hundredths of a square metre, so the generated values are exact decimals.
      const totalArea = 2400n + BigInt(rooms) * 1700n + BigInt(Math.floor(random.next() * 800));
      const flat = addPremise(plan, "flat", String(n), {
        entrance: String(Math.ceil(n / flatsPerEntrance)),
        floor: String(Math.floor(((n - 1) % flatsPerEntrance) / plan.flatsPerFloor) + 1),
        rooms,
        totalArea: formatScaledDecimal(totalArea, 2),
        livingArea: formatScaledDecimal((totalArea * 62n) / 100n, 2),
      });
      const isDemoFlat = b === 0 && flat.number === DEMO_FLAT;
      const owner = isDemoFlat ? demoResident : addClient(demoPerson(random));
      // The demo resident owns exactly a flat and a parking space; random parking and storerooms go to others.
      if (!isDemoFlat) flatOwners.push(owner);
      links.push({ orgId, premiseId: flat.id, clientId: owner.id, basis: "owner", ownershipShare: "1" });
      const number = `${b + 1}${String(n).padStart(5, "0")}`;
      accounts.push({ id: randomUUID(), orgId, premiseId: flat.id, legalEntityId: plan.legalEntityId, number, els: n % 3 === 0 ? `${String(77 + b)}АБ${String(n).padStart(6, "0")}` : null });
      if (isDemoFlat) {
        // The developer's old account, hidden from the cabinet (seed 002 §15).
        accounts.push({ id: randomUUID(), orgId, premiseId: flat.id, legalEntityId: plan.legalEntityId, number: `Д-${number}`, hiddenInCabinet: true });
      }
      if (isDemoFlat || random.chance(0.3)) {
        const spouse = addClient(demoPerson(random, { lastName: baseSurname(owner), gender: owner.gender === "male" ? "female" : "male" }));
        links.push({ orgId, premiseId: flat.id, clientId: spouse.id, basis: "resident", dependsOnClientId: owner.id });
      }
      if (!isDemoFlat && random.chance(0.1)) {
        const tenant = addClient(demoPerson(random));
        links.push({ orgId, premiseId: flat.id, clientId: tenant.id, basis: "tenant", dependsOnClientId: owner.id });
      }
    }
    for (let n = 1; n <= plan.parking; n++) {
      const space = addPremise(plan, "parking", String(n), { floor: "-1", totalArea: "13.25" });
      const owner = b === 0 && space.number === DEMO_PARKING ? demoResident : random.pick(flatOwners);
      links.push({ orgId, premiseId: space.id, clientId: owner.id, basis: "owner", ownershipShare: "1" });
    }
    for (let n = 1; n <= plan.storerooms; n++) {
      const room = addPremise(plan, "storeroom", String(n), { entrance: "1", floor: "-1", totalArea: formatScaledDecimal(300n + BigInt(Math.floor(random.next() * 300)), 2) });
      links.push({ orgId, premiseId: room.id, clientId: random.pick(flatOwners).id, basis: "owner", ownershipShare: "1" });
    }
  });

  await insertAll(db, premises, premiseRows);
  await insertAll(db, clients, clientRows);
  await insertAll(db, clientPhoneHistory, clientRows.map((c) => ({ orgId, clientId: c.id, phone: c.phone })));
  await insertAll(db, premiseClients, links);
  await insertAll(db, personalAccounts, accounts);
  await seedDemoRequests(db, orgId, accounts, (premiseId) => {
    const link = links.find((l) => l.premiseId === premiseId && l.basis === "owner");
    return clientRows.find((c) => c.id === link?.clientId);
  });
}

/** Two residents waiting for staff: a relative of the owner (same surname → owner) and a stranger (→ unconfirmed owner). */
async function seedDemoRequests(db: Db, orgId: string, accounts: readonly AccountRow[], ownerOf: (premiseId: string) => ClientRow | undefined) {
  const [relative, stranger] = [accounts[20], accounts[41]];
  const owner = relative && ownerOf(relative.premiseId);
  if (!relative || !stranger || !owner) return;
  const request = (account: AccountRow, person: DemoPerson, phone: string) => ({
    orgId,
    accountNumber: account.number,
    accountId: account.id,
    premiseId: account.premiseId,
    lastName: person.lastName,
    firstName: person.firstName,
    phone,
    consentVersion: RESIDENT_CONSENT_VERSION,
  });
  const random = demoRandom(7);
  const requests = [
    request(relative, demoPerson(random, { lastName: baseSurname(owner), gender: "male" }), "+79000000098"),
    request(stranger, { lastName: "Гостева", firstName: "Вера", middleName: "Павловна", gender: "female" }, "+79000000097"),
  ];
  await db.insert(registrationRequests).values(requests);
  await db.insert(pdConsents).values(requests.map((r) => ({ orgId, phone: r.phone, textVersion: RESIDENT_CONSENT_VERSION, channel: "cabinet" })));
}
