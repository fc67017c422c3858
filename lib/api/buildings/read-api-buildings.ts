import { eq, type SQL } from "drizzle-orm";
import { buildings, legalEntities } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { apiReader, cursorText } from "../api-page";

const fields = {
  id: buildings.id,
  cursorAt: cursorText(buildings),
  externalId: buildings.externalId,
  address: buildings.address,
  postalCode: buildings.postalCode,
  region: buildings.region,
  city: buildings.city,
  street: buildings.street,
  house: buildings.house,
  block: buildings.block,
  structure: buildings.structure,
  legalEntityInn: legalEntities.inn,
  archivedAt: buildings.archivedAt,
  updatedAt: buildings.updatedAt,
};

/** GET /api/v1/buildings (+ /{id}, /external/{externalId}): the organisation's buildings (объекты). */
export const buildingsReader = apiReader({
  table: buildings,
  permission: "registry.premises.view",
  noun: "Объект",
  select: (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
    ctx.db.select(fields).from(buildings).leftJoin(legalEntities, eq(legalEntities.id, buildings.legalEntityId)).where(where).orderBy(...order).limit(limit),
  shape: (_ctx, rows) => rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null })),
});
