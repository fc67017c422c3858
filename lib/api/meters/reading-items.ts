import { z } from "zod";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { checkReadingRows, type ReadingRow } from "@/lib/exchange/meters/check-reading-rows";
import { loadImportMeters } from "@/lib/exchange/meters/meter-snapshot";
import { insertImportedReadings, updateImportedReadings } from "@/lib/exchange/plan/apply-meter-parts";
import type { ReadingValues } from "@/lib/exchange/plan/registry-plan";
import { periodSchema, readingValue, zoneSchema } from "@/lib/meters/meter-schema";
import { meterZones } from "@/lib/meters/meter-vocabulary";
import { externalIdSchema } from "@/lib/registry/clients/client-schema";
import { optionalDate } from "@/lib/validation/optional-fields";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { asObject, unknownFieldReasons } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import type { BulkOutcome, BulkSpec, PreparedItem } from "../run-bulk";


/** One reading of POST /api/v1/meter-readings: the meter by its id or external id, the zone, the month, the value. */
export const readingItemSchema = z.object({
  externalId: externalIdSchema,
  meterId: z.uuid("Неверный идентификатор прибора").optional(),
  meterExternalId: externalIdSchema.optional(),
  zone: zoneSchema.optional(),
  period: periodSchema,
  value: readingValue,
  takenOn: optionalDate("Дата снятия"),
});

const accepted = new Set(Object.keys(readingItemSchema.shape));

type PreparedReading = { id: string; outcome: BulkOutcome; write: { values: ReadingValues; update: boolean } | null };

/** The key under which an API reading is saved: sent again, it is answered «unchanged» and written once. */
export const apiReadingKey = (externalId: string) => `api:${externalId}`;

/**
 * Every item checked before anything is written, with the rules every source shares (checkReadingRows): the meter
 * must be the organisation's (another organisation's id or external id is «не найден»), the zone its own.
 */
async function prepareReadings(ctx: StaffContext, raw: unknown[]) {
  assertPermission(ctx, "finance.readings.enter");
  const errors = new Map<number, BulkItemError>();
  const parsed = raw.map((item, index) => {
    const externalId = asObject(item).externalId as string | undefined;
    for (const reason of unknownFieldReasons(item, accepted)) addReason(errors, index, reason, externalId);
    const result = parseInRussian(readingItemSchema, item);
    if (result.success) return result.data;
    for (const reason of reasonsFromZod(result.error)) addReason(errors, index, reason, externalId);
    return null;
  });
  const ok = parsed.flatMap((p) => (p ? [p] : []));
  const meters = await loadImportMeters(ctx, { ids: ok.flatMap((p) => (p.meterId ? [p.meterId] : [])), externalIds: ok.flatMap((p) => (p.meterExternalId ? [p.meterExternalId] : [])) });
  const byId = new Map(meters.map((m) => [m.id, m]));
  const byExternal = new Map(meters.filter((m) => m.externalId).map((m) => [m.externalId ?? "", m]));
  const rows: ReadingRow[] = [];
  parsed.forEach((item, index) => {
    if (!item || errors.has(index)) return;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, item.externalId);
    if (!item.meterId && !item.meterExternalId) return reason("meterId", "Укажите meterId или meterExternalId");
    const meter = item.meterId ? byId.get(item.meterId) : byExternal.get(item.meterExternalId ?? "");
    if (!meter) return reason(item.meterId ? "meterId" : "meterExternalId", "Прибор учёта не найден");
    const zone = item.zone ?? (meter.zones === 1 ? "single" : undefined);
    if (!zone || !meterZones(meter.zones).includes(zone)) return reason("zone", `Укажите зону прибора: ${meterZones(meter.zones).join(", ")}`);
    rows.push({ line: index, meter, zone, period: item.period, value: item.value, takenOn: item.takenOn, key: apiReadingKey(item.externalId) });
  });
  const checked = await checkReadingRows(ctx, rows, { value: "value", externalId: "externalId" }, (index, field, message) =>
    addReason(errors, index, { field, message: message.replace(/в строке (\d+)/, "в элементе $1") }, (parsed[index] ?? undefined)?.externalId),
  );
  const updates = new Set(checked.update.map((r) => r.id));
  const values = new Map([...checked.create, ...checked.update].map((r) => [r.id, r]));
  const items: PreparedItem<PreparedReading>[] = [];
  for (const row of rows) {
    if (errors.has(row.line)) continue;
    const externalId = parsed[row.line]!.externalId;
    const same = checked.unchanged.get(row.line);
    const id = same ?? checked.idOf.get(row.line);
    if (!id) continue;
    const write = same ? null : { values: values.get(id)!, update: updates.has(id) };
    items.push({ index: row.line, externalId, data: { id, outcome: same ? "unchanged" : write?.update ? "updated" : "created", write } });
  }
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}

/**
 * POST /api/v1/meter-readings: idempotent by external id (saved as `api:<externalId>`), all items checked first
 * and written together in a few set-based statements with their journal rows, source «API».
 */
export function readingBulkSpec(): BulkSpec<PreparedReading> {
  return {
    kind: "api.meter_readings",
    prepare: prepareReadings,
    write: async (_ctx, { data }) => ({ id: data.id, outcome: data.outcome }),
    writeMany: {
      pick: () => true,
      write: async (ctx, items) => {
        const scope = { orgId: ctx.orgId, actor: ctx.actor, readingSource: "api" as const };
        const writes = items.flatMap((i) => (i.data.write ? [i.data.write] : []));
        await insertImportedReadings(ctx.db, scope, writes.filter((w) => !w.update).map((w) => w.values));
        await updateImportedReadings(ctx.db, scope, writes.filter((w) => w.update).map((w) => w.values));
        return items.map((i) => ({ id: i.data.id, outcome: i.data.outcome }));
      },
    },
  };
}
