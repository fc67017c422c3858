import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applyBalanceTargets } from "./apply-balance-targets";
import { insertRows, stampRows, updateRows, type Column } from "./bulk-sql";
import type { PlanPart } from "./plan-parts";
import type { AccountValues, ClientValues, LinkValues, PremiseValues } from "./registry-plan";

const id = <T extends { id: string }>(): Column<T> => ({ column: "id", type: "uuid", value: (row) => row.id });

const premiseFields: Column<PremiseValues>[] = [
  { column: "building_id", type: "uuid", value: (p) => p.buildingId },
  { column: "type", type: "text", value: (p) => p.type },
  { column: "number", type: "text", value: (p) => p.number },
  { column: "entrance", type: "text", value: (p) => p.entrance },
  { column: "floor", type: "text", value: (p) => p.floor },
  { column: "total_area", type: "numeric", value: (p) => p.totalArea },
  { column: "living_area", type: "numeric", value: (p) => p.livingArea },
  { column: "rooms", type: "integer", value: (p) => p.rooms },
  { column: "external_id", type: "text", value: (p) => p.externalId },
  { column: "search_text", type: "text", value: (p) => p.searchText },
];
const clientFields: Column<ClientValues>[] = [
  { column: "last_name", type: "text", value: (c) => c.lastName },
  { column: "first_name", type: "text", value: (c) => c.firstName },
  { column: "middle_name", type: "text", value: (c) => c.middleName },
  { column: "email", type: "text", value: (c) => c.email },
  { column: "search_text", type: "text", value: (c) => c.searchText },
];
const clientCreateFields: Column<ClientValues>[] = [
  id(),
  { column: "type", type: "text", value: (c) => c.type },
  { column: "phone", type: "text", value: (c) => c.phone },
  ...clientFields,
];
const phoneFields: Column<ClientValues>[] = [
  { column: "client_id", type: "uuid", value: (c) => c.id },
  { column: "phone", type: "text", value: (c) => c.phone },
];
const accountFields: Column<AccountValues>[] = [
  { column: "els", type: "text", value: (a) => a.els },
  { column: "legal_entity_id", type: "uuid", value: (a) => a.legalEntityId },
];
const accountCreateFields: Column<AccountValues>[] = [
  id(),
  { column: "premise_id", type: "uuid", value: (a) => a.premiseId },
  { column: "number", type: "text", value: (a) => a.number },
  ...accountFields,
];
const linkFields: Column<LinkValues>[] = [
  { column: "basis", type: "text", value: (l) => l.basis },
  { column: "depends_on_client_id", type: "uuid", value: (l) => l.dependsOnClientId },
  { column: "ownership_share", type: "text", value: (l) => l.ownershipShare },
];
const linkCreateFields: Column<LinkValues>[] = [
  id(),
  { column: "premise_id", type: "uuid", value: (l) => l.premiseId },
  { column: "client_id", type: "uuid", value: (l) => l.clientId },
  { column: "added_by", type: "text", value: () => "import" },
  ...linkFields,
];

export type ApplyScope = { orgId: string; occurredOn: string; note: string; source: string };

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
      return insertRows(tx, "premises", orgId, [id(), ...premiseFields], items);
    case "premises.update":
      return updateRows(tx, "premises", orgId, premiseFields, items, notArchived);
    case "clients.create":
      await insertRows(tx, "clients", orgId, clientCreateFields, items);
      return insertRows(tx, "client_phone_history", orgId, phoneFields, items.filter((c) => c.phone), sql`on conflict do nothing`);
    case "clients.update":
      return updateRows(tx, "clients", orgId, clientFields, items, notArchived);
    case "accounts.create":
      return insertRows(tx, "personal_accounts", orgId, accountCreateFields, items);
    case "accounts.update":
      return updateRows(tx, "personal_accounts", orgId, accountFields, items, notArchived);
    case "links.remove":
      return stampRows(tx, "premise_clients", "removed_at", orgId, items, linked);
    case "links.update":
      return updateRows(tx, "premise_clients", orgId, linkFields, items, linked);
    case "links.create":
      return insertRows(tx, "premise_clients", orgId, linkCreateFields, items);
    case "clients.archive":
      return stampRows(tx, "clients", "archived_at", orgId, items, orphaned);
    case "balances":
      return applyBalanceTargets(tx, scope, items);
  }
}
