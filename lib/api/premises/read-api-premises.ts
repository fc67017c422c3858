import { eq, type SQL } from "drizzle-orm";
import { buildings, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { apiReader, cursorText } from "../api-page";

const fields = {
  id: premises.id,
  cursorAt: cursorText(premises),
  externalId: premises.externalId,
  buildingId: premises.buildingId,
  buildingExternalId: buildings.externalId,
  address: buildings.address,
  type: premises.type,
  number: premises.number,
  entrance: premises.entrance,
  floor: premises.floor,
  totalArea: premises.totalArea,
  livingArea: premises.livingArea,
  rooms: premises.rooms,
  registeredResidents: premises.registeredResidents,
  onlinePayment: premises.onlinePayment,
  note: premises.note,
  archivedAt: premises.archivedAt,
  updatedAt: premises.updatedAt,
};

/** GET /api/v1/premises (+ /{id}, /external/{externalId}): premises with their building's ids. */
export const premisesReader = apiReader({
  table: premises,
  permission: "registry.premises.view",
  noun: "Помещение",
  select: (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
    ctx.db.select(fields).from(premises).innerJoin(buildings, eq(buildings.id, premises.buildingId)).where(where).orderBy(...order).limit(limit),
  shape: (_ctx, rows) => rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null })),
});
