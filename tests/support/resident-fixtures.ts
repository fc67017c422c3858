import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox, clients, personalAccounts, premiseClients, premises, registrationRequests, type LinkBasis, type PremiseType } from "@/db/schema";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { loadResidentContext } from "@/lib/residents/load-resident-context";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { createOrg, type OrgFixture } from "./fixtures";

/** Registry rows written straight into the tables, so resident tests do not depend on the staff services' rules. */
export async function addPremise(db: Db, orgId: string, buildingId: string, number: string, type: PremiseType = "flat") {
  const [row] = await db.insert(premises).values({ orgId, buildingId, type, number, searchText: `${type} ${number}` }).returning();
  return row!;
}

export async function addClient(
  db: Db,
  orgId: string,
  person: { lastName: string; firstName?: string; phone: string; blocked?: boolean; archived?: boolean },
) {
  const [row] = await db
    .insert(clients)
    .values({
      orgId,
      lastName: person.lastName,
      firstName: person.firstName ?? "Тест",
      phone: person.phone,
      blockedAt: person.blocked ? new Date() : null,
      archivedAt: person.archived ? new Date() : null,
      searchText: person.lastName.toLowerCase(),
    })
    .returning();
  return row!;
}

export async function addLink(
  db: Db,
  link: { orgId: string; premiseId: string; clientId: string; basis?: LinkBasis; addedBy?: "staff" | "resident" | "import"; dependsOnClientId?: string },
) {
  const [row] = await db.insert(premiseClients).values(link).returning();
  return row!;
}

export async function addAccount(db: Db, account: { orgId: string; premiseId: string; number: string; hiddenInCabinet?: boolean; archived?: boolean }) {
  const { archived, ...values } = account;
  const [row] = await db.insert(personalAccounts).values({ ...values, archivedAt: archived ? new Date() : null }).returning();
  return row!;
}

/** An organisation with one building, enough for the residents' tests. */
export async function orgWithBuilding(db: Db, label: string): Promise<OrgFixture & { buildingId: string }> {
  const org = await createOrg(db, label);
  const building = await createBuilding(org.director, buildingSchema.parse({ city: "Москва", street: `ул. ${label}ская`, house: "1" }));
  return { ...org, buildingId: building.id };
}

/** The code of the latest SMS to `phone`, read from the outbox as a resident would read their phone. */
export async function lastSmsCode(db: Db, phone: string): Promise<string> {
  const [sms] = await db.select({ body: outbox.body }).from(outbox).where(eq(outbox.recipient, phone)).orderBy(desc(outbox.createdAt)).limit(1);
  const code = sms?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error(`no SMS code for ${phone}`);
  return code;
}

export const residentContext = (db: Db, phone: string): Promise<ResidentContext> => loadResidentContext(db, phone, "127.0.0.1");

let phoneCounter = 0;
/** A phone no other fixture uses in this test process. */
export const nextTestPhone = () => `+7901${String(1_000_000 + ++phoneCounter).padStart(7, "0")}`;

/**
 * A flat with an account, its owner (who signs in to the cabinet with `phone`) and a pending registration request:
 * what cross-tenant tests aim at in the residents' area.
 */
export async function seedResidentData(db: Db, org: { orgId: string }, buildingId: string, phone = nextTestPhone()) {
  const premise = await addPremise(db, org.orgId, buildingId, "1");
  const account = await addAccount(db, { orgId: org.orgId, premiseId: premise.id, number: `LS-${phone.slice(-7)}` });
  const owner = await addClient(db, org.orgId, { lastName: "Владельцев", phone });
  const ownerLink = await addLink(db, { orgId: org.orgId, premiseId: premise.id, clientId: owner.id, basis: "owner" });
  const [request] = await db
    .insert(registrationRequests)
    .values({ orgId: org.orgId, accountNumber: account.number, lastName: "Заявкин", phone: "+79990000000", accountId: account.id, premiseId: premise.id, consentVersion: "test" })
    .returning();
  return { premise, account, owner, ownerLink, ownerPhone: phone, registrationRequest: request! };
}
