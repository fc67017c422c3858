import { and, asc, count, eq } from "drizzle-orm";
import { buildings, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import type { ApiList, ApiPage } from "../api-page";

/** GET /api/v1/premises: the organisation's premises with their building's ids, paged; or the one with `externalId`. */
export async function listApiPremises(ctx: StaffContext, { externalId, page, size }: ApiPage) {
  assertPermission(ctx, "registry.premises.view");
  const where = and(eq(premises.orgId, ctx.orgId), externalId ? eq(premises.externalId, externalId) : undefined);
  const rows = await ctx.db
    .select({
      id: premises.id,
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
    })
    .from(premises)
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(where)
    .orderBy(asc(premises.createdAt), asc(premises.id))
    .limit(size)
    .offset((page - 1) * size);
  const [total] = await ctx.db.select({ n: count() }).from(premises).where(where);
  const items = rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null }));
  return { items, total: total?.n ?? 0, page, size } satisfies ApiList<unknown>;
}
