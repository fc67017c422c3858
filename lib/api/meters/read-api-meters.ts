import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { buildings, meters } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { meterResources, meterStatuses, serialKey } from "@/lib/meters/meter-vocabulary";
import { buildingScope } from "@/lib/org/building-scope";
import { apiListQuerySchema, apiReader, cursorText, parseApiQuery } from "../api-page";

const fields = {
  id: meters.id,
  cursorAt: cursorText(meters),
  externalId: meters.externalId,
  buildingId: meters.buildingId,
  address: buildings.address,
  premiseId: meters.premiseId,
  accountId: meters.accountId,
  resource: meters.resource,
  zones: meters.zones,
  serialNumber: meters.serialNumber,
  model: meters.model,
  place: meters.place,
  installedOn: meters.installedOn,
  manufacturedOn: meters.manufacturedOn,
  verificationIntervalYears: meters.verificationIntervalYears,
  nextVerificationOn: meters.nextVerificationOn,
  sealNumber: meters.sealNumber,
  digits: meters.digits,
  status: meters.status,
  statusSince: meters.statusSince,
  decommissionedOn: meters.decommissionedOn,
  replacesMeterId: meters.replacesMeterId,
  updatedAt: meters.updatedAt,
};

/** GET /api/v1/meters: the organisation's meters in the key's reach, with their building. */
const metersReader = apiReader({
  table: meters,
  permission: "finance.readings.view",
  noun: "Прибор учёта",
  select: (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
    ctx.db
      .select(fields)
      .from(meters)
      .innerJoin(buildings, eq(buildings.id, meters.buildingId))
      .where(and(where, buildingScope(ctx, meters.buildingId)))
      .orderBy(...order)
      .limit(limit),
  shape: (_ctx, rows) => rows,
});

export const meterListQuerySchema = apiListQuerySchema.extend({
  buildingId: z.uuid("buildingId: неверный идентификатор объекта").optional(),
  premiseId: z.uuid("premiseId: неверный идентификатор помещения").optional(),
  resource: z.enum(meterResources, `resource: одно из ${meterResources.join(", ")}`).optional(),
  status: z.enum(meterStatuses, `status: одно из ${meterStatuses.join(", ")}`).optional(),
  serialNumber: z.string().trim().min(1).max(50).optional(),
});

export function listApiMeters(ctx: StaffContext, url: string) {
  const q = parseApiQuery(url, meterListQuerySchema);
  return metersReader.list(
    ctx,
    q,
    and(
      q.buildingId ? eq(meters.buildingId, q.buildingId) : undefined,
      q.premiseId ? eq(meters.premiseId, q.premiseId) : undefined,
      q.resource ? eq(meters.resource, q.resource) : undefined,
      q.status ? eq(meters.status, q.status) : undefined,
      q.serialNumber ? eq(meters.serialKey, serialKey(q.serialNumber)) : undefined,
    ),
  );
}
