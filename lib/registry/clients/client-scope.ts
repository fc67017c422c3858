import { and, eq, exists, isNull, not, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, premiseClients, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";

export const clientNotFound = () => new AppError("NOT_FOUND", "Клиент не найден");

/**
 * Staff limited to some buildings see the clients linked to a premise there, and clients linked to no premise at
 * all (just created, or waiting to be linked), who belong to no building yet.
 */
export function clientScope(ctx: Pick<StaffContext, "buildingIds">, db: Db): SQL | undefined {
  if (ctx.buildingIds === null) return undefined;
  const activeLinks = and(eq(premiseClients.clientId, clients.id), isNull(premiseClients.removedAt));
  const linkedInScope = db
    .select({ one: premiseClients.id })
    .from(premiseClients)
    .innerJoin(premises, eq(premises.id, premiseClients.premiseId))
    .where(and(activeLinks, buildingScope(ctx, premises.buildingId)));
  const linkedAnywhere = db.select({ one: premiseClients.id }).from(premiseClients).where(activeLinks);
  return or(exists(linkedInScope), not(exists(linkedAnywhere)));
}

/**
 * A client of the organisation the employee may see: «не найден» for another organisation's id, 403 (outOfScope) for
 * a client linked only to premises in buildings outside the employee's scope. `lock` holds the row for the transaction.
 */
export async function findVisibleClient(db: Db, ctx: StaffContext, id: string, { lock = false } = {}) {
  const query = db
    .select({ client: clients, inScope: inScope(clientScope(ctx, db)) })
    .from(clients)
    .where(and(eq(clients.id, id), eq(clients.orgId, ctx.orgId)))
    .$dynamic();
  const [row] = await (lock ? query.for("update", { of: clients }) : query);
  if (!row) throw clientNotFound();
  if (!row.inScope) throw outOfScope();
  return row.client;
}

/** The client row, locked for the rest of the transaction (see findVisibleClient). */
export const lockVisibleClient = (tx: Db, ctx: StaffContext, id: string) => findVisibleClient(tx, ctx, id, { lock: true });
