import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  apiKeys,
  bankAccounts,
  buildingGroups,
  buildings,
  clients,
  employees,
  exchangeLog,
  legalEntities,
  organisations,
  personalAccounts,
  premiseClients,
  premiseDocuments,
  premises,
  quarters,
  registrationRequests,
  roles,
} from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { formatClientName } from "@/lib/registry/clients/client-name";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { AuditEntityType } from "./audit-labels";
import { quoted } from "@/lib/core/russian-text";

/** How the journal names a record and where its card is; `href` is null when the record has no page of its own. */
export type AuditRecordName = { name: string; href: string | null };
type Named = AuditRecordName & { id: string };
type Loader = (db: Db, orgId: string, ids: string[]) => Promise<Named[]>;

const premiseHref = (id: string) => `/crm/premises/${id}`;

const premiseAddresses = (db: Db, orgId: string, ids: string[]) =>
  db
    .select({ id: premises.id, type: premises.type, number: premises.number, address: buildings.address })
    .from(premises)
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(and(eq(premises.orgId, orgId), inArray(premises.id, ids)));

/** One query per record type on the page, each limited to the organisation. */
const loaders: Partial<Record<AuditEntityType, Loader>> = {
  premise: async (db, orgId, ids) =>
    (await premiseAddresses(db, orgId, ids)).map((p) => ({ id: p.id, name: formatPremiseAddress(p.address, p), href: premiseHref(p.id) })),
  client: async (db, orgId, ids) =>
    (await db.select().from(clients).where(and(eq(clients.orgId, orgId), inArray(clients.id, ids)))).map((c) => ({
      id: c.id,
      name: formatClientName(c),
      href: `/crm/clients/${c.id}`,
    })),
  building: async (db, orgId, ids) =>
    (await db.select({ id: buildings.id, address: buildings.address }).from(buildings).where(and(eq(buildings.orgId, orgId), inArray(buildings.id, ids)))).map(
      (b) => ({ id: b.id, name: b.address, href: `/crm/buildings/${b.id}` }),
    ),
  employee: async (db, orgId, ids) =>
    (await db.select().from(employees).where(and(eq(employees.orgId, orgId), inArray(employees.id, ids)))).map((e) => ({
      id: e.id,
      name: [e.lastName, e.firstName, e.middleName].filter(Boolean).join(" "),
      href: `/crm/employees/${e.id}`,
    })),
  legal_entity: async (db, orgId, ids) =>
    (await db.select({ id: legalEntities.id, name: legalEntities.name }).from(legalEntities).where(and(eq(legalEntities.orgId, orgId), inArray(legalEntities.id, ids)))).map(
      (l) => ({ id: l.id, name: l.name, href: `/crm/settings/legal-entities/${l.id}` }),
    ),
  bank_account: async (db, orgId, ids) =>
    (
      await db
        .select({ id: bankAccounts.id, account: bankAccounts.settlementAccount, bank: bankAccounts.bankName, legalEntityId: bankAccounts.legalEntityId })
        .from(bankAccounts)
        .where(and(eq(bankAccounts.orgId, orgId), inArray(bankAccounts.id, ids)))
    ).map((b) => ({ id: b.id, name: `р/с ${b.account}, ${b.bank}`, href: `/crm/settings/legal-entities/${b.legalEntityId}` })),
  personal_account: async (db, orgId, ids) =>
    (
      await db
        .select({ id: personalAccounts.id, number: personalAccounts.number, premiseId: personalAccounts.premiseId })
        .from(personalAccounts)
        .where(and(eq(personalAccounts.orgId, orgId), inArray(personalAccounts.id, ids)))
    ).map((a) => ({ id: a.id, name: `Лицевой счёт № ${a.number}`, href: premiseHref(a.premiseId) })),
  premise_client: async (db, orgId, ids) => {
    const links = await db
      .select({ id: premiseClients.id, premiseId: premiseClients.premiseId, client: clients })
      .from(premiseClients)
      .innerJoin(clients, eq(clients.id, premiseClients.clientId))
      .where(and(eq(premiseClients.orgId, orgId), inArray(premiseClients.id, ids)));
    const addresses = new Map((await premiseAddresses(db, orgId, links.length ? links.map((l) => l.premiseId) : [""])).map((p) => [p.id, formatPremiseAddress(p.address, p)]));
    return links.map((l) => ({ id: l.id, name: `${formatClientName(l.client)} — ${addresses.get(l.premiseId) ?? "помещение"}`, href: premiseHref(l.premiseId) }));
  },
  premise_document: async (db, orgId, ids) =>
    (
      await db
        .select({ id: premiseDocuments.id, title: premiseDocuments.title, premiseId: premiseDocuments.premiseId })
        .from(premiseDocuments)
        .where(and(eq(premiseDocuments.orgId, orgId), inArray(premiseDocuments.id, ids)))
    ).map((d) => ({ id: d.id, name: quoted(d.title), href: premiseHref(d.premiseId) })),
  role: async (db, orgId, ids) =>
    (await db.select({ id: roles.id, name: roles.name }).from(roles).where(and(eq(roles.orgId, orgId), inArray(roles.id, ids)))).map((r) => ({
      id: r.id,
      name: r.name,
      href: `/crm/roles/${r.id}`,
    })),
  registration_request: async (db, orgId, ids) =>
    (await db.select().from(registrationRequests).where(and(eq(registrationRequests.orgId, orgId), inArray(registrationRequests.id, ids)))).map((r) => ({
      id: r.id,
      name: `${formatClientName(r)}, л/с ${r.accountNumber}`,
      href: "/crm/clients/registration-requests",
    })),
  api_key: async (db, orgId, ids) =>
    (await db.select({ id: apiKeys.id, name: apiKeys.name }).from(apiKeys).where(and(eq(apiKeys.orgId, orgId), inArray(apiKeys.id, ids)))).map((k) => ({
      id: k.id,
      name: k.name,
      href: "/crm/settings/api-keys",
    })),
  organisation: async (db, orgId, ids) =>
    (await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(and(eq(organisations.id, orgId), inArray(organisations.id, ids)))).map(
      (o) => ({ id: o.id, name: o.name, href: "/crm/settings/company" }),
    ),
  exchange_log: async (db, orgId, ids) =>
    (await db.select({ id: exchangeLog.id, fileName: exchangeLog.fileName }).from(exchangeLog).where(and(eq(exchangeLog.orgId, orgId), inArray(exchangeLog.id, ids)))).map(
      (l) => ({ id: l.id, name: l.fileName ? `Файл «${l.fileName}»` : "Импорт", href: "/crm/import" }),
    ),
  building_group: async (db, orgId, ids) =>
    (await db.select({ id: buildingGroups.id, name: buildingGroups.name }).from(buildingGroups).where(and(eq(buildingGroups.orgId, orgId), inArray(buildingGroups.id, ids)))).map(
      (g) => ({ id: g.id, name: g.name, href: "/crm/settings/directories" }),
    ),
  quarter: async (db, orgId, ids) =>
    (await db.select({ id: quarters.id, name: quarters.name }).from(quarters).where(and(eq(quarters.orgId, orgId), inArray(quarters.id, ids)))).map((q) => ({
      id: q.id,
      name: q.name,
      href: "/crm/settings/directories",
    })),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const auditRecordKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/**
 * Names and card links of the records a page of the journal mentions («ул. Ленина, д. 5, кв. 12», «Иванов Иван»,
 * «Лицевой счёт № 100001»), keyed by auditRecordKey. A record gone from the database (a deleted role) is absent;
 * the journal then names it from its own before/after snapshot.
 */
export async function nameAuditRecords(ctx: StaffContext, rows: readonly { entityType: string; entityId: string | null }[]): Promise<Map<string, AuditRecordName>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { entityType, entityId } of rows) {
    if (!entityId || !UUID.test(entityId)) continue;
    idsByType.set(entityType, (idsByType.get(entityType) ?? new Set()).add(entityId));
  }
  const names = new Map<string, AuditRecordName>();
  for (const [entityType, ids] of idsByType) {
    const load = loaders[entityType as AuditEntityType];
    if (!load) continue;
    for (const { id, name, href } of await load(ctx.db, ctx.orgId, [...ids])) names.set(auditRecordKey(entityType, id), { name, href });
  }
  return names;
}

/** A name from the entry's own snapshot, for records no longer in the database. */
export function snapshotName(before: unknown, after: unknown): string | null {
  for (const snapshot of [after, before]) {
    if (typeof snapshot !== "object" || snapshot === null) continue;
    const s = snapshot as Record<string, unknown>;
    const text = (key: string) => (typeof s[key] === "string" && s[key] ? (s[key] as string) : null);
    const person = [text("lastName"), text("firstName"), text("middleName")].filter(Boolean).join(" ");
    const name = text("name") ?? text("title") ?? (person || null) ?? text("number") ?? text("address") ?? text("fileName");
    if (name) return name;
  }
  return null;
}
