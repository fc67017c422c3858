import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { meterReadings, meters } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { formatScaledDecimal } from "@/lib/exchange/decimal";
import { READING_SCALE } from "@/lib/meters/meter-vocabulary";
import { buildingScope } from "@/lib/org/building-scope";
import { apiListQuerySchema, apiReader, cursorText, parseApiQuery } from "../api-page";
import { periodSchema } from "@/lib/meters/meter-schema";

const fields = {
  id: meterReadings.id,
  cursorAt: cursorText(meterReadings),
  meterId: meterReadings.meterId,
  meterExternalId: meters.externalId,
  serialNumber: meters.serialNumber,
  zone: meterReadings.zone,
  period: meterReadings.period,
  kind: meterReadings.kind,
  valueMilli: meterReadings.valueMilli,
  source: meterReadings.source,
  flagged: meterReadings.flagged,
  rollover: meterReadings.rollover,
  takenAt: meterReadings.takenAt,
  idempotencyKey: meterReadings.idempotencyKey,
  updatedAt: meterReadings.updatedAt,
};

/** GET /api/v1/meter-readings: readings with their meter, values as decimal text («123.456»), never floats. */
const readingsReader = apiReader({
  table: meterReadings,
  permission: "finance.readings.view",
  noun: "Показание",
  select: (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
    ctx.db
      .select(fields)
      .from(meterReadings)
      .innerJoin(meters, eq(meters.id, meterReadings.meterId))
      .where(and(where, buildingScope(ctx, meters.buildingId)))
      .orderBy(...order)
      .limit(limit),
  shape: (_ctx, rows) =>
    rows.map(({ valueMilli, idempotencyKey, ...r }) => ({
      ...r,
      value: formatScaledDecimal(valueMilli, READING_SCALE),
      externalId: idempotencyKey?.startsWith("api:") ? idempotencyKey.slice(4) : null,
    })),
});

/** A reading has no external id column of its own (it is in the idempotency key), so that filter is not offered. */
export const readingListQuerySchema = apiListQuerySchema
  .omit({ externalId: true })
  .extend({ period: periodSchema.optional(), meterId: z.uuid("meterId: неверный идентификатор прибора").optional() });

export function listApiReadings(ctx: StaffContext, url: string) {
  const query = parseApiQuery(url, readingListQuerySchema);
  return readingsReader.list(ctx, query, and(query.period ? eq(meterReadings.period, query.period) : undefined, query.meterId ? eq(meterReadings.meterId, query.meterId) : undefined));
}
