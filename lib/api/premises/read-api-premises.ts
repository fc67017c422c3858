import { and, asc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { buildings, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { cursorText, listPage, withoutCursor, type ApiListQuery } from "../api-page";

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
  onlinePayment: premises.onlinePayment,
  note: premises.note,
  archivedAt: premises.archivedAt,
  updatedAt: premises.updatedAt,
};

const select = (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
  ctx.db.select(fields).from(premises).innerJoin(buildings, eq(buildings.id, premises.buildingId)).where(where).orderBy(...order).limit(limit);
type Row = Awaited<ReturnType<ReturnType<typeof select>>>[number];

const shape = (rows: Omit<Row, "cursorAt">[]) => rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null }));
export type ApiPremise = ReturnType<typeof shape>[number];

/** GET /api/v1/premises: the organisation's premises with their building's ids, in the stated order, by cursor. */
export async function listApiPremises(ctx: StaffContext, query: ApiListQuery) {
  assertPermission(ctx, "registry.premises.view");
  return listPage(ctx.db, premises, ctx.orgId, query, undefined, select(ctx), shape);
}

/** GET /api/v1/premises/{id} and /api/v1/premises/external/{externalId}. */
export async function getApiPremise(ctx: StaffContext, by: { id: string } | { externalId: string }): Promise<ApiPremise> {
  assertPermission(ctx, "registry.premises.view");
  if ("id" in by && !z.uuid().safeParse(by.id).success) throw notFound("Помещение");
  const where = and(eq(premises.orgId, ctx.orgId), "id" in by ? eq(premises.id, by.id) : eq(premises.externalId, by.externalId));
  const [item] = shape((await select(ctx)(where, [asc(premises.id)], 1)).map(withoutCursor));
  if (!item) throw notFound("Помещение");
  return item;
}
