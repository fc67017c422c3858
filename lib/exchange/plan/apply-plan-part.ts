import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientPhoneHistory, clients, personalAccounts, premiseClients, premises } from "@/db/schema";
import type { Actor } from "@/lib/core/context";
import { applyBalanceTargets } from "./apply-balance-targets";
import { insertImportedInvoices, insertImportedLines, issueImportedInvoices } from "./apply-invoice-parts";
import { insertImportedMeters, insertImportedReadings, updateImportedReadings } from "./apply-meter-parts";
import { columnsOf, insertRows, stampRows, tableColumn, updateRows } from "./bulk-sql";
import type { PlanPart } from "./plan-parts";
import type { AccountValues, ClientValues, LinkValues, PremiseValues } from "./registry-plan";

const premiseColumns = columnsOf<PremiseValues>();
const clientColumns = columnsOf<ClientValues>();
const accountColumns = columnsOf<AccountValues>();
const linkColumns = columnsOf<LinkValues>();

const premiseFields = premiseColumns(premises, ["buildingId", "type", "number", "entrance", "floor", "totalArea", "livingArea", "rooms", "externalId", "searchText"]);
const clientFields = clientColumns(clients, ["lastName", "firstName", "middleName", "email", "searchText"]);
const clientCreateFields = [...clientColumns(clients, ["id", "type", "phone"]), ...clientFields];
const phoneFields = [tableColumn<ClientValues>(clientPhoneHistory.clientId, (c) => c.id), tableColumn<ClientValues>(clientPhoneHistory.phone, (c) => c.phone)];
const accountFields = accountColumns(personalAccounts, ["els", "legalEntityId"]);
const accountCreateFields = [...accountColumns(personalAccounts, ["id", "premiseId", "number"]), ...accountFields];
const linkFields = linkColumns(premiseClients, ["basis", "dependsOnClientId", "ownershipShare"]);
const linkCreateFields = [...linkColumns(premiseClients, ["id", "premiseId", "clientId"]), tableColumn<LinkValues>(premiseClients.addedBy, () => "import"), ...linkFields];

/** Who applies the plan; `buildingIds` and `ip` as in StaffContext, for services that check scope and audit again. */
export type ApplyScope = { orgId: string; actor: Actor; buildingIds: readonly string[] | null; ip?: string | null; occurredOn: string; note: string; source: string };

const notArchived = sql`t.archived_at is null`;
const linked = sql`t.removed_at is null`;
// A client is archived only if nothing links it any more, including links made since the preview.
const orphaned = sql`t.archived_at is null and not exists (select 1 from premise_clients l where l.client_id = t.id and l.removed_at is null)`;

/**
 * Writes one stored piece of a plan with set-based statements, inside the caller's transaction. Rows it updates or
 * removes must still be as the preview found them (active, same organisation), or the whole import is refused.
 */
export async function applyPlanPart(tx: Db, scope: ApplyScope, { part, items }: PlanPart): Promise<void> {
  const { orgId } = scope;
  switch (part) {
    case "premises.create":
      return insertRows(tx, premises, orgId, [...premiseColumns(premises, ["id"]), ...premiseFields], items);
    case "premises.update":
      return updateRows(tx, premises, orgId, premiseFields, items, notArchived);
    case "clients.create":
      await insertRows(tx, clients, orgId, clientCreateFields, items);
      return insertRows(tx, clientPhoneHistory, orgId, phoneFields, items.filter((c) => c.phone), sql`on conflict do nothing`);
    case "clients.update":
      return updateRows(tx, clients, orgId, clientFields, items, notArchived);
    case "accounts.create":
      return insertRows(tx, personalAccounts, orgId, accountCreateFields, items);
    case "accounts.update":
      return updateRows(tx, personalAccounts, orgId, accountFields, items, notArchived);
    case "links.remove":
      return stampRows(tx, premiseClients, premiseClients.removedAt, orgId, items, linked);
    case "links.update":
      return updateRows(tx, premiseClients, orgId, linkFields, items, linked);
    case "links.create":
      return insertRows(tx, premiseClients, orgId, linkCreateFields, items);
    case "clients.archive":
      return stampRows(tx, clients, clients.archivedAt, orgId, items, orphaned);
    case "invoices.create":
      return insertImportedInvoices(tx, scope, items);
    case "invoices.lines":
      return insertImportedLines(tx, scope, items);
    case "invoices.issue":
      return issueImportedInvoices(tx, scope, items);
    case "balances":
      return applyBalanceTargets(tx, scope, items);
    case "meters.create":
      return insertImportedMeters(tx, scope, items);
    case "readings.create":
      return insertImportedReadings(tx, scope, items);
    case "readings.update":
      return updateImportedReadings(tx, scope, items);
  }
}
