import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { buildings, meters, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { createMeter } from "@/lib/meters/create-meter";
import { meterCreateSchema, meterFields } from "@/lib/meters/meter-schema";
import { updateMeter } from "@/lib/meters/update-meter";
import { externalIdSchema } from "@/lib/registry/clients/client-schema";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { acceptedFields, asObject, repeatedKeys, unknownFieldReasons } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import { idsByExternalId, resolveOne } from "../external-refs";
import type { BulkSpec, PreparedItem } from "../run-bulk";

/** Where a meter of POST /api/v1/meters is: a premise (ИПУ) or a building (ОДПУ), by Domkom id or external id. */
export const meterRefSchema = z.object({
  externalId: externalIdSchema,
  premiseId: z.uuid("Неверный идентификатор помещения").optional(),
  premiseExternalId: externalIdSchema.optional(),
  buildingId: z.uuid("Неверный идентификатор объекта").optional(),
  buildingExternalId: externalIdSchema.optional(),
  accountId: z.uuid("Неверный идентификатор лицевого счёта").nullish(),
});

const accepted = acceptedFields([meterFields, meterRefSchema, z.object({ initialReadings: z.unknown() })]);
const factKeys = Object.keys(meterFields.shape) as (keyof z.output<typeof meterFields>)[];

type Stored = typeof meters.$inferSelect;
type Create = z.output<typeof meterCreateSchema>;
type PreparedMeter = { existing: Stored | null; meter: Create; unchanged: boolean };

const storedFacts = (m: Stored) => Object.fromEntries(factKeys.map((k) => [k, m[k]]));

async function storedByExternal(ctx: StaffContext, externalIds: string[]): Promise<Map<string, Stored>> {
  if (!externalIds.length) return new Map();
  const rows = await ctx.db.select().from(meters).where(and(eq(meters.orgId, ctx.orgId), inArray(meters.externalId, externalIds)));
  return new Map(rows.map((m) => [m.externalId ?? "", m]));
}

/**
 * Every item checked with the staff form's schema before anything is written. A meter found by its external id is
 * updated with what the item sends (fields left out keep their stored values); placement and initial readings
 * apply to a new meter only — moving a meter is a replacement.
 */
async function prepareMeters(ctx: StaffContext, raw: unknown[]) {
  assertPermission(ctx, "finance.meters.edit");
  const errors = new Map<number, BulkItemError>();
  const refs = raw.map((item, index) => {
    const externalId = asObject(item).externalId as string | undefined;
    for (const reason of unknownFieldReasons(item, accepted)) addReason(errors, index, reason, externalId);
    const result = parseInRussian(meterRefSchema, item);
    if (result.success) return result.data;
    for (const reason of reasonsFromZod(result.error)) addReason(errors, index, reason, externalId);
    return null;
  });
  for (const [index, earlier] of repeatedKeys(refs.map((r) => r?.externalId))) {
    addReason(errors, index, { field: "externalId", message: `Этот внешний идентификатор уже передан в элементе ${earlier}` });
  }
  const [premiseIds, buildingIds, stored] = await Promise.all([
    idsByExternalId(ctx.db, premises, ctx.orgId, refs.flatMap((r) => (r?.premiseExternalId ? [r.premiseExternalId] : []))),
    idsByExternalId(ctx.db, buildings, ctx.orgId, refs.flatMap((r) => (r?.buildingExternalId ? [r.buildingExternalId] : []))),
    storedByExternal(ctx, refs.flatMap((r) => (r ? [r.externalId] : []))),
  ]);
  const items: PreparedItem<PreparedMeter>[] = [];
  refs.forEach((ref, index) => {
    if (!ref || errors.has(index)) return;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, ref.externalId);
    const premise = ref.premiseExternalId ? resolveOne(premiseIds, ref.premiseExternalId, { noun: "Помещение", notFound: "не найдено" }) : null;
    if (premise && "message" in premise) return reason("premiseExternalId", premise.message);
    const building = ref.buildingExternalId ? resolveOne(buildingIds, ref.buildingExternalId, { noun: "Объект", notFound: "не найден" }) : null;
    if (building && "message" in building) return reason("buildingExternalId", building.message);
    const existing = stored.get(ref.externalId) ?? null;
    const sent = asObject(raw[index]);
    const parsed = parseInRussian(meterCreateSchema, {
      ...(existing ? { ...storedFacts(existing), premiseId: existing.premiseId, buildingId: existing.buildingId, accountId: existing.accountId } : {}),
      ...sent,
      premiseId: premise?.id ?? sent.premiseId ?? existing?.premiseId,
      buildingId: building?.id ?? sent.buildingId ?? existing?.buildingId,
      externalId: ref.externalId,
    });
    if (!parsed.success) return reasonsFromZod(parsed.error).forEach((r) => addReason(errors, index, r, ref.externalId));
    const unchanged = existing !== null && factKeys.every((k) => (existing[k] ?? null) === (parsed.data[k] ?? null)) && (parsed.data.accountId ?? null) === existing.accountId;
    items.push({ index, externalId: ref.externalId, data: { existing, meter: parsed.data, unchanged } });
  });
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}

/** POST /api/v1/meters: upsert by external id through the services the meter card uses (createMeter, updateMeter). */
export function meterBulkSpec(): BulkSpec<PreparedMeter> {
  return {
    kind: "api.meters",
    prepare: prepareMeters,
    write: async (ctx, { data: { existing, meter, unchanged } }) => {
      if (!existing) return { id: (await createMeter(ctx, meter)).id, outcome: "created" };
      if (unchanged) return { id: existing.id, outcome: "unchanged" };
      if (existing.status === "decommissioned") throw new AppError("CONFLICT", "Прибор выведен из эксплуатации: его карточку изменить нельзя");
      if (meter.premiseId !== existing.premiseId || meter.buildingId !== existing.buildingId) {
        throw new AppError("VALIDATION", "Прибор не переносится в другое помещение: оформите замену", { premiseId: ["Оформите замену прибора"] });
      }
      const facts = Object.fromEntries(factKeys.map((k) => [k, meter[k]])) as z.output<typeof meterFields>;
      await updateMeter(ctx, { ...facts, accountId: meter.accountId, id: existing.id, status: existing.status, statusSince: existing.statusSince });
      return { id: existing.id, outcome: "updated" };
    },
  };
}
