import { and, eq, exists, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings, clients, premiseClients, premises } from "@/db/schema";
import type { ClientFilters } from "./client-filters";

/** «Clients linked to a premise that matches…»: the group, quarter, building, entrance, floor and number filters. */
export function clientPremiseCondition(db: Db, f: ClientFilters): SQL | undefined {
  const conditions = [
    f.groupId ? eq(buildings.groupId, f.groupId) : undefined,
    f.quarterId ? eq(buildings.quarterId, f.quarterId) : undefined,
    f.buildingId ? eq(premises.buildingId, f.buildingId) : undefined,
    f.entrance ? eq(premises.entrance, f.entrance) : undefined,
    f.floor ? eq(premises.floor, f.floor) : undefined,
    f.premise ? sql`lower(${premises.number}) = ${f.premise.toLowerCase()}` : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (conditions.length === 0) return undefined;
  return exists(
    db
      .select({ one: premiseClients.id })
      .from(premiseClients)
      .innerJoin(premises, eq(premises.id, premiseClients.premiseId))
      .innerJoin(buildings, eq(buildings.id, premises.buildingId))
      .where(and(eq(premiseClients.clientId, clients.id), isNull(premiseClients.removedAt), isNull(premises.archivedAt), ...conditions)),
  );
}
