import { and, asc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { buildings, legalEntities } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { cursorText, listPage, withoutCursor, type ApiListQuery } from "../api-page";

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

const select = (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
  ctx.db.select(fields).from(buildings).leftJoin(legalEntities, eq(legalEntities.id, buildings.legalEntityId)).where(where).orderBy(...order).limit(limit);
type Row = Awaited<ReturnType<ReturnType<typeof select>>>[number];

const shape = (rows: Omit<Row, "cursorAt">[]) => rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null }));
export type ApiBuilding = ReturnType<typeof shape>[number];

/** GET /api/v1/buildings: the organisation's buildings (объекты) in the stated order, by cursor. */
export async function listApiBuildings(ctx: StaffContext, query: ApiListQuery) {
  assertPermission(ctx, "registry.premises.view");
  return listPage(ctx.db, buildings, ctx.orgId, query, undefined, select(ctx), shape);
}

/** GET /api/v1/buildings/{id} and /api/v1/buildings/external/{externalId}. */
export async function getApiBuilding(ctx: StaffContext, by: { id: string } | { externalId: string }): Promise<ApiBuilding> {
  assertPermission(ctx, "registry.premises.view");
  if ("id" in by && !z.uuid().safeParse(by.id).success) throw notFound("Объект");
  const where = and(eq(buildings.orgId, ctx.orgId), "id" in by ? eq(buildings.id, by.id) : eq(buildings.externalId, by.externalId));
  const [item] = shape((await select(ctx)(where, [asc(buildings.id)], 1)).map(withoutCursor));
  if (!item) throw notFound("Объект");
  return item;
}
